import http from "node:http"
import type { AddressInfo } from "node:net"
import { ApiError, apiFetch } from "../api-fetch"

describe("apiFetch", () => {
  let server: http.Server
  let base: string
  const seen: { url?: string; headers: http.IncomingHttpHeaders; body: string }[] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        seen.push({ url: req.url, headers: req.headers, body })
        res.setHeader("content-type", "application/json")
        if (req.url?.startsWith("/store/refuse")) {
          res.statusCode = 400
          return res.end(JSON.stringify({ type: "invalid_data", code: "invalid_field", field: "prices.0.amount", errors: [{ code: "too_small", field: "prices.0.amount" }], message: "Invalid request" }))
        }
        res.end(JSON.stringify({ ok: true }))
      })
    })
    server.listen(0)
    await new Promise((r) => server.once("listening", r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((r) => server.close(r)))

  it("sends JSON with the default and the call's headers, the query as the js-sdk does, and reads JSON", async () => {
    const send = apiFetch(base, { "x-publishable-api-key": "pk_1" })
    const answer = await send("/store/things", { method: "POST", body: { a: 1 }, query: { fields: "id,*items", limit: 2, skip: null }, headers: { authorization: "Bearer t", "content-type": undefined } })
    expect(answer).toEqual({ ok: true })
    const last = seen[seen.length - 1]
    expect(decodeURIComponent(last.url!)).toBe("/store/things?fields=id,*items&limit=2")
    expect(last.headers).toMatchObject({ "x-publishable-api-key": "pk_1", authorization: "Bearer t", "content-type": "application/json" })
    expect(JSON.parse(last.body)).toEqual({ a: 1 })
  })

  it("throws a FetchError that keeps the refusal's code, field and errors", async () => {
    const error = await apiFetch(base, {})("/store/refuse", { method: "POST", body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: "invalid_field", field: "prices.0.amount", message: "Invalid request" })
    expect((error as ApiError).errors).toEqual([{ code: "too_small", field: "prices.0.amount" }])
  })
})
