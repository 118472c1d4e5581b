import http from "node:http"
import type { AddressInfo } from "node:net"
import { resetStorefrontRevalidation, revalidateStorefront, revalidationSettings } from "../storefront-revalidation"

type Seen = { auth?: string; tags: string[] }

/** A stand-in storefront answering POST /api/revalidate with `status`, recording what it got. */
async function storefront(status: number | (() => number)) {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      seen.push({ auth: req.headers.authorization, tags: JSON.parse(body).tags })
      res.writeHead(typeof status === "function" ? status() : status).end("{}")
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  return { seen, url, close: () => new Promise((r) => server.close(r)) }
}

describe("revalidateStorefront", () => {
  afterEach(() => resetStorefrontRevalidation())

  it("sends the tags of one moment in one authorised request, each tag once", async () => {
    const sf = await storefront(200)
    const settings = { url: sf.url, secret: "s3cret" }
    await Promise.all([
      revalidateStorefront(["products", "product:pane"], undefined, settings),
      revalidateStorefront(["products", "vendor:forno"], undefined, settings),
    ])
    await sf.close()
    expect(sf.seen).toHaveLength(1)
    expect(sf.seen[0].auth).toBe("Bearer s3cret")
    expect(sf.seen[0].tags.sort()).toEqual(["product:pane", "products", "vendor:forno"])
  })

  it("expires the same tags once more after a page render's time, for a page stored by a render begun before the change", async () => {
    const sf = await storefront(200)
    await revalidateStorefront(["product:pane", "products"], undefined, { url: sf.url, secret: "s", againMs: 40 })
    expect(sf.seen).toHaveLength(1)
    const deadline = Date.now() + 5000
    while (sf.seen.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
    await sf.close()
    expect(sf.seen.map((s) => s.tags.sort())).toEqual([
      ["product:pane", "products"],
      ["product:pane", "products"],
    ])
  })

  it("retries a storefront that fails, and only logs when it gives up (the write is already saved)", async () => {
    let calls = 0
    const sf = await storefront(() => (++calls < 3 ? 503 : 200))
    const warn = jest.fn()
    await revalidateStorefront(["fund"], { warn }, { url: sf.url, secret: "x" })
    expect(calls).toBe(3)
    expect(warn).not.toHaveBeenCalled()

    const refusing = await storefront(401)
    await revalidateStorefront(["fund"], { warn }, { url: refusing.url, secret: "wrong" })
    expect(refusing.seen).toHaveLength(1)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("refused (401)"))
    await Promise.all([sf.close(), refusing.close()])
  })

  it("is off without a storefront URL or secret", () => {
    expect(revalidationSettings({})).toBeNull()
    expect(revalidationSettings({ STOREFRONT_URL: "http://localhost:8000" })).toBeNull()
    expect(revalidationSettings({ STOREFRONT_URL: "http://localhost:8000/", STOREFRONT_REVALIDATE_SECRET: "k" })).toEqual({
      url: "http://localhost:8000/api/revalidate",
      secret: "k",
    })
  })
})
