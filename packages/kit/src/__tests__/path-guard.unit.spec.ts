import express from "express"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { apiErrorHandler } from "../errors/error-handler"
import { badPathSegment, pathGuard } from "../path-guard"

// A raw request, so the client sends the path exactly as written (no re-encoding).
function get(port: number, path: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path }, (res) => {
      let body = ""
      res.on("data", (c) => (body += c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }))
    }).on("error", reject)
  })
}

describe("pathGuard", () => {
  let server: http.Server
  let port: number
  beforeAll(async () => {
    const app = express()
    app.use(pathGuard as express.RequestHandler)
    app.get("/things/:id", (req, res) => res.json({ id: req.params.id }))
    // A wildcard mounted before the guard decodes (and throws) first: the error handler answers.
    const early = express()
    early.use("/early*", (_req, _res, next) => next())
    early.use(pathGuard as express.RequestHandler)
    early.get("/early/:id", (req, res) => res.json({ id: req.params.id }))
    early.use(apiErrorHandler() as express.ErrorRequestHandler)
    app.use(early)
    server = app.listen(0)
    await new Promise((r) => server.once("listening", r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise((r) => server.close(r)))

  it("lets real ids, handles and encoded names through untouched", async () => {
    for (const id of ["order_01M8NEK207YM7M67ENRTHWZW0H", "forno-san-nazaro", "caff%C3%A8.png"]) {
      const res = await get(port, `/things/${id}`)
      expect(res.status).toBe(200)
      expect(JSON.parse(res.body).id).toBe(decodeURIComponent(id))
    }
  })

  it("answers 400 naming the path for NUL, control characters, bad encoding and overlong segments", async () => {
    for (const id of ["%00", "a%0Ab", "%E0%A4%A", "x".repeat(201)]) {
      const res = await get(port, `/things/${id}`)
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body)).toMatchObject({ code: "invalid_path", field: "path" })
    }
  })

  it("reports a path a wildcard mounted earlier could not decode as a 400, not a 500", async () => {
    const res = await get(port, "/early/%E0%A4%A")
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toMatchObject({ code: "invalid_path", field: "path" })
    expect((await get(port, "/early/ok")).status).toBe(200)
  })

  it("judges segments, not whole paths", () => {
    expect(badPathSegment("x".repeat(200))).toBeNull()
    expect(badPathSegment("")).toBeNull()
    expect(badPathSegment("%7F")).toMatch(/control/)
  })
})
