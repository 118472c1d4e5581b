import http from "node:http"
import type { AddressInfo } from "node:net"
import zlib from "node:zlib"
// The compression middleware server.mjs uses (Next's own), chained in the same order.
import compression from "next/dist/compiled/compression/index.js"
import { rememberedPages } from "../remembered-pages.mjs"
import { rewriteHead } from "../rewrite-head.mjs"

type Page = { body: string; cache?: string; cookie?: string }

/**
 * A stand-in for Next's handler as it answers a cached page: an ETag of the body, `x-nextjs-cache`,
 * and a 304 when If-None-Match names the current ETag. `pages` may change between requests.
 */
function server(pages: Record<string, Page>, remember = rememberedPages()) {
  const seen: { url: string; ifNoneMatch?: string; status: number }[] = []
  const compress = compression()
  const srv = http.createServer((req, res) => {
    remember(req, res)
    compress({ method: req.method, headers: { ...req.headers } }, res, () => {})
    rewriteHead(res, (head) => head.replace("<head>", '<head><meta name="rewritten">'), () => (res as any).flush?.())
    const page = pages[req.url!.split("?")[0]]
    const etag = `"${Buffer.from(page.body).toString("base64url").slice(-12)}${page.body.length}"`
    res.setHeader("etag", etag)
    res.setHeader("x-nextjs-cache", page.cache ?? "HIT")
    res.setHeader("vary", "rsc")
    if (page.cookie) res.setHeader("set-cookie", page.cookie)
    const ifNoneMatch = req.headers["if-none-match"] as string | undefined
    const status = ifNoneMatch === etag ? 304 : 200
    seen.push({ url: req.url!, ifNoneMatch, status })
    if (status === 304) {
      res.statusCode = 304
      return res.end()
    }
    res.setHeader("content-type", "text/html; charset=utf-8")
    res.end(page.body)
  })
  return { srv, seen, remember }
}

async function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer; text: string }>((resolve, reject) => {
    http
      .get({ port, path, headers: { accept: "text/html", "accept-encoding": "gzip", ...headers } }, (res) => {
        const parts: Buffer[] = []
        res.on("data", (d: Buffer) => parts.push(d))
        res.on("end", () => {
          const raw = Buffer.concat(parts)
          const text = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw).toString("utf8") : raw.toString("utf8")
          resolve({ status: res.statusCode!, headers: res.headers, raw, text })
        })
      })
      .on("error", reject)
  })
}

async function withServer(pages: Record<string, Page>, run: (port: number, s: ReturnType<typeof server>) => Promise<void>, remember?: ReturnType<typeof rememberedPages>) {
  const s = server(pages, remember)
  await new Promise<void>((r) => s.srv.listen(0, r))
  try {
    await run((s.srv.address() as AddressInfo).port, s)
  } finally {
    s.srv.close()
  }
}

const html = (title: string) => `<html><head><title>${title}</title></head><body>${"<p>Pane di lievito madre</p>".repeat(200)}</body></html>`

describe("rememberedPages", () => {
  it("sends a cached page's kept bytes when Next says 304 to their ETag: the same body and headers as the first time", async () => {
    await withServer({ "/": { body: html("Casa") } }, async (port, { seen }) => {
      const first = await get(port, "/")
      const second = await get(port, "/")
      expect(seen.map((s) => s.status)).toEqual([200, 304])
      expect(seen[1].ifNoneMatch).toBe(first.headers.etag)
      expect(second.status).toBe(200)
      expect(second.raw.equals(first.raw)).toBe(true)
      expect(second.text).toContain('<head><meta name="rewritten"><title>Casa</title>')
      for (const name of ["content-type", "content-encoding", "etag", "x-nextjs-cache"]) expect(second.headers[name]).toBe(first.headers[name])
      expect(second.headers.vary).toBe(first.headers.vary)
      expect(second.headers.vary).toContain("Accept-Encoding")
      expect(Number(second.headers["content-length"])).toBe(second.raw.length)
    })
  })

  it("sends the new page once Next has a new one (a price changed), and keeps that one", async () => {
    const pages = { "/p": { body: html("9,50 €") } }
    await withServer(pages, async (port, { seen }) => {
      await get(port, "/p")
      await get(port, "/p")
      pages["/p"] = { body: html("11,00 €") }
      const changed = await get(port, "/p")
      const again = await get(port, "/p")
      expect(changed.text).toContain("11,00 €")
      expect(again.text).toContain("11,00 €")
      expect(seen.map((s) => s.status)).toEqual([200, 304, 200, 304])
    })
  })

  it("keeps nothing Next did not serve from its cache, nor a response setting a cookie, nor a HEAD", async () => {
    const pages = { "/carrello": { body: html("Carrello"), cache: "MISS" }, "/c": { body: html("Cookie"), cookie: "x=1" }, "/h": { body: html("Head") } }
    await withServer(pages, async (port, { seen, remember }) => {
      for (const path of ["/carrello", "/carrello", "/c", "/c"]) await get(port, path)
      await new Promise<void>((resolve) => http.request({ port, path: "/h", method: "HEAD", headers: { accept: "text/html" } }, (r) => r.resume().on("end", resolve)).end())
      expect(seen.every((s) => s.ifNoneMatch === undefined && s.status === 200)).toBe(true)
      expect(remember.size().pages).toBe(0)
    })
  })

  it("lets a browser's own If-None-Match through to Next's 304, and keys pages by encoding and language", async () => {
    await withServer({ "/": { body: html("Casa") } }, async (port, { seen }) => {
      const first = await get(port, "/")
      const revalidated = await get(port, "/", { "if-none-match": String(first.headers.etag) })
      expect(revalidated.status).toBe(304)
      expect(revalidated.raw.length).toBe(0)
      const plain = await get(port, "/", { "accept-encoding": "identity" })
      const english = await get(port, "/", { cookie: "rbv_locale=en" })
      expect(plain.headers["content-encoding"]).toBeUndefined()
      expect(plain.text).toBe(first.text)
      expect(english.raw.equals(first.raw)).toBe(true)
      // none of the three was answered from the first one's bytes
      expect(seen.slice(2).map((s) => s.ifNoneMatch)).toEqual([undefined, undefined])
    })
  })

  it("forgets the least recently used page beyond its byte budget", async () => {
    const remember = rememberedPages({ maxBytes: 12_000 })
    const pages = { "/a": { body: html("A") }, "/b": { body: html("B") }, "/c": { body: html("C") } }
    await withServer(pages, async (port, { seen }) => {
      const identity = { "accept-encoding": "identity" } // uncompressed, so that the sizes are plain
      const a = await get(port, "/a", identity)
      expect(a.raw.length * 2).toBeLessThan(12_000) // two fit, three do not
      expect(a.raw.length * 3).toBeGreaterThan(12_000)
      await get(port, "/b", identity)
      await get(port, "/a", identity) // /a used again: /b is now the oldest
      await get(port, "/c", identity)
      seen.length = 0
      for (const path of ["/c", "/a", "/b"]) await get(port, path, identity)
      expect(seen.map((s) => `${s.url} ${s.status}`)).toEqual(["/c 304", "/a 304", "/b 200"])
      expect(remember.size().bytes).toBeLessThanOrEqual(12_000)
    }, remember)
  })
})
