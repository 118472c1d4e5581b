import http from "node:http"
import type { AddressInfo } from "node:net"
import Medusa from "@medusajs/js-sdk"
import { adminFetchOf, adminHrefOf } from "../admin-client.mjs"

// The admin pages' client: Medusa's js-sdk whose requests keep our refusals' code, against a real HTTP server.
describe("adminFetchOf", () => {
  let server: http.Server
  let base: string
  const seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = []
  const messages: Record<string, string> = {
    "rbvTest.errors.codes.round_not_found": "Questo giro non c'è più.",
    "rbvTest.errors.not_found": "Non trovato.",
    "rbvTest.errors.refused": "Non si può fare.",
    "rbvTest.errors.unavailable": "Il server non risponde.",
  }
  const i18n = () => ({ language: "it", t: (key: string, options?: { defaultValue?: string }) => messages[key] ?? options?.defaultValue ?? key })

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body })
        const answer = (status: number, json: unknown) => {
          res.statusCode = status
          res.setHeader("content-type", "application/json")
          res.end(JSON.stringify(json))
        }
        if (req.url === "/admin/gone") return answer(404, { type: "not_found", code: "round_not_found", field: "id", message: "Delivery round x was not found" })
        if (req.url === "/admin/odd") return answer(400, { type: "invalid_data", code: "some_new_code", message: "English text" })
        if (req.url === "/admin/broken") return answer(500, { type: "unknown_error", message: "An unknown error occurred." })
        if (req.url === "/admin/page") {
          res.setHeader("content-type", "text/html")
          return res.end("<p>Ciao</p>")
        }
        answer(200, { ok: true, echo: body ? JSON.parse(body) : null })
      })
    })
    server.listen(0)
    await new Promise((r) => server.once("listening", r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((r) => server.close(r)))

  const client = () => {
    const sdk = new Medusa({ baseUrl: base, auth: { type: "session" } })
    return { sdk, adminFetch: adminFetchOf(sdk, base, "rbvTest", i18n) }
  }

  it("sends JSON with the admin's language and reads JSON", async () => {
    const { adminFetch } = client()
    expect(await adminFetch("/admin/things", { method: "POST", body: { rate: "12,5" } })).toEqual({ ok: true, echo: { rate: "12,5" } })
    expect(seen[seen.length - 1]).toMatchObject({ method: "POST", url: "/admin/things", headers: { "content-language": "it", "content-type": "application/json" } })
  })

  it("turns a refusal into the message of its code, else one by status — never the API's English", async () => {
    const { adminFetch } = client()
    await expect(adminFetch("/admin/gone")).rejects.toThrow("Questo giro non c'è più.")
    await expect(adminFetch("/admin/odd")).rejects.toThrow("Non si può fare.")
    await expect(adminFetch("/admin/broken")).rejects.toThrow("Il server non risponde.")
  })

  it("builds a link to the API (a CSV download) under the same backendUrl as the requests: another origin, a path of its own, or the page's", async () => {
    for (const backend of [base, `${base}/medusa`, `${base}/medusa/`]) {
      const adminFetch = adminFetchOf(new Medusa({ baseUrl: backend, auth: { type: "session" } }), backend, "rbvTest", i18n)
      await adminFetch("/admin/brand/fund/export")
      const reached = new URL(seen[seen.length - 1].url!, base).href
      expect(adminHrefOf(backend)("/admin/brand/fund/export")).toBe(reached)
    }
    expect(adminHrefOf(base)("/admin/payouts/bank-batches/pbb_1/csv")).toBe(`${base}/admin/payouts/bank-batches/pbb_1/csv`)
    expect(adminHrefOf(`${base}/medusa/`)("/admin/payouts/bank-batches/pbb_1/csv")).toBe(`${base}/medusa/admin/payouts/bank-batches/pbb_1/csv`)
    // the admin served by the API itself (backendUrl "/" or unset): the page's own origin, not the page's path
    Object.defineProperty(globalThis, "location", { value: { href: "https://rete.example/app/brand/fund" }, configurable: true })
    try {
      for (const backend of ["/", ""]) expect(adminHrefOf(backend)("/admin/brand/fund/export")).toBe("https://rete.example/admin/brand/fund/export")
    } finally {
      delete (globalThis as { location?: unknown }).location
    }
  })

  it("keeps the SDK's own calls working: the typed ones, and a page that is not JSON as the response itself", async () => {
    const { sdk } = client()
    await expect(sdk.client.fetch("/admin/gone")).rejects.toMatchObject({ status: 404, code: "round_not_found", field: "id" })
    const page = await sdk.client.fetch<Response>("/admin/page", { headers: { accept: "text/html" } })
    expect(await page.text()).toBe("<p>Ciao</p>")
    await sdk.admin.product.retrieve("prod_1", { fields: "id,vendor.id" })
    expect(decodeURIComponent(seen[seen.length - 1].url!)).toBe("/admin/products/prod_1?fields=id,vendor.id")
  })
})
