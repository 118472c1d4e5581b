import http from "node:http"
import type { AddressInfo } from "node:net"
import { rewriteHead } from "../rewrite-head.mjs"

type Handler = (res: http.ServerResponse, step: Promise<void>) => void | Promise<void>

/**
 * Serves one response through rewriteHead (the head upper-cased) and reads it; `step` resolves
 * once the client has received the first bytes, so that a test can tell streaming from buffering.
 */
async function serve(handler: Handler) {
  let received!: () => void
  const step = new Promise<void>((r) => (received = r))
  const flushes: number[] = []
  const server = http.createServer((_req, res) => {
    rewriteHead(res, (head) => head.toUpperCase(), () => flushes.push(Date.now()))
    void handler(res, step)
  })
  await new Promise<void>((r) => server.listen(0, r))
  const { port } = server.address() as AddressInfo
  try {
    return await new Promise<{ headers: http.IncomingHttpHeaders; body: string; pieces: string[]; flushes: number[] }>((resolve, reject) => {
      http.get({ port, path: "/" }, (res) => {
        const pieces: Buffer[] = []
        res.on("data", (d: Buffer) => {
          pieces.push(d)
          received()
        })
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(pieces).toString("utf8"), pieces: pieces.map(String), flushes }))
      }).on("error", reject)
    })
  } finally {
    server.close()
  }
}

describe("rewriteHead", () => {
  it("rewrites a head that arrives split across writes, even inside a tag and a character", async () => {
    const accented = Buffer.from("<title>Caffè</title>")
    const cut = accented.indexOf(0xc3) + 1 // inside "è"
    const { body, headers } = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8")
      res.write("<html><head>")
      res.write(accented.subarray(0, cut))
      res.write(accented.subarray(cut))
      res.write("</he")
      res.end("ad><body>è</body></html>")
    })
    expect(body).toBe("<HTML><HEAD><TITLE>CAFFÈ</TITLE></HEAD><body>è</body></html>")
    expect(headers["content-type"]).toBe("text/html; charset=utf-8")
  })

  it("drops the length of a page sent in one piece, whose head changes size", async () => {
    const page = "<html><head><title>a</title></head><body>b</body></html>"
    const { body, headers } = await serve((res) => {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(page.length) })
      res.end(page)
    })
    expect(body).toBe("<HTML><HEAD><TITLE>A</TITLE></HEAD><body>b</body></html>")
    expect(headers["content-length"]).toBeUndefined()
  })

  it("streams what follows the head: the first piece is out before the page ends", async () => {
    const { pieces, flushes } = await serve(async (res, step) => {
      res.setHeader("content-type", "text/html")
      res.write("<html><head></head><body><p>guscio</p>")
      await step
      res.end("<p>resto</p></body></html>")
    })
    expect(pieces[0]).toBe("<HTML><HEAD></HEAD><body><p>guscio</p>")
    expect(pieces.join("")).toBe("<HTML><HEAD></HEAD><body><p>guscio</p><p>resto</p></body></html>")
    expect(flushes.length).toBeGreaterThanOrEqual(1)
  })

  it("leaves other responses as they are", async () => {
    const { body, headers } = await serve((res) => {
      res.writeHead(200, { "content-type": "text/x-component", "content-length": "17" })
      res.end("<head></head>rsc!")
    })
    expect(body).toBe("<head></head>rsc!")
    expect(headers["content-length"]).toBe("17")
  })

  it("sends a page that ends without a head as it came", async () => {
    const { body } = await serve((res) => {
      res.setHeader("content-type", "text/html")
      res.write("<p>frammento")
      res.end("</p>")
    })
    expect(body).toBe("<p>frammento</p>")
  })
})
