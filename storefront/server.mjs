// The storefront in production (`npm start`, and backend/scripts/start.mjs): Next's own request
// handler in a plain Node server (Next's documented custom server), so that a page's HTML can
// start Next's scripts after the first paint (src/serve/head-scripts.mjs, issue 13), and a cached
// page's rewritten, compressed bytes are sent again while Next says they are current
// (src/serve/remembered-pages.mjs). One process, no second hop. RBV_SCRIPTS_AFTER_PAINT=0 serves the
// pages exactly as `next start` would.
//   node server.mjs [-p PORT]   (default 8000, as `next start`)
import http from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"

process.env.NODE_ENV = "production" // React and Next pick their production builds from it when loaded
// Before Next reads the clock: a machine paused once must not leave every cached page one visit late.
const { keepTimeOriginOnWallClock } = await import("./src/serve/wall-clock.mjs")
keepTimeOriginOnWallClock()
const { default: next } = await import("next")
// The compression middleware Next itself uses, so that a rewritten page is compressed as before.
const { default: compression } = await import("next/dist/compiled/compression/index.js")
const { isDocumentRequest } = await import("./src/serve/document-request.mjs")
const { rewriteHead } = await import("./src/serve/rewrite-head.mjs")
const { deferHeadScripts } = await import("./src/serve/head-scripts.mjs")
const { rememberedPages } = await import("./src/serve/remembered-pages.mjs")

const flag = process.argv.indexOf("-p")
const port = Number(flag > 0 ? process.argv[flag + 1] : 8000)
const afterPaint = process.env.RBV_SCRIPTS_AFTER_PAINT !== "0"

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), port })
await app.prepare()
const handle = app.getRequestHandler()
const compress = compression()
const remember = rememberedPages()

http
  .createServer((req, res) => {
    if (afterPaint && isDocumentRequest(req)) {
      // First, so that it sees the page's bytes as they leave (rewritten and compressed).
      remember(req, res)
      // Next compresses inside its handler, under anything wrapped around `res` here: the page is
      // compressed out here instead (the same middleware, same rules), after its head is rewritten;
      // Next's sees no Accept-Encoding. The middleware reads only the method and headers of `req`.
      compress({ method: req.method, headers: { ...req.headers } }, res, () => {})
      const flush = res.flush
      rewriteHead(res, deferHeadScripts, () => flush.call(res))
      delete req.headers["accept-encoding"]
    }
    handle(req, res)
  })
  .listen(port, () => console.log(`Storefront ready on http://localhost:${port}${afterPaint ? "" : " (RBV_SCRIPTS_AFTER_PAINT=0)"}`))
