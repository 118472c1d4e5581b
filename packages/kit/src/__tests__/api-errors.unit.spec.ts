import express from "express"
import type { AddressInfo } from "node:net"
import http from "node:http"
import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { apiErrorResponse } from "../errors/api-error"
import { apiErrorHandler } from "../errors/error-handler"
import { refusal } from "../errors/refusal"
import { validateAndTransformBody, validateAndTransformQuery } from "../errors/validate"

describe("apiErrorResponse", () => {
  it("keeps a MedusaError's status and gives it its code and field", () => {
    const error = refusal(MedusaError.Types.NOT_ALLOWED, "round_full", "Il giro è pieno", "shipping_option_id")
    expect(apiErrorResponse(error)).toEqual({
      statusCode: 400,
      body: { type: "not_allowed", code: "round_full", field: "shipping_option_id", message: "Il giro è pieno" },
    })
  })

  it("keeps the refusal's own code where Medusa would put a generic one (duplicates)", () => {
    const { statusCode, body } = apiErrorResponse(refusal(MedusaError.Types.DUPLICATE_ERROR, "handle_taken", "taken", "handle"))
    expect(statusCode).toBe(422)
    expect(body).toMatchObject({ code: "handle_taken", field: "handle" })
    expect(apiErrorResponse(new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "taken")).body.code).toBe("invalid_request_error")
  })

  it("gives a MedusaError without a code its type as code", () => {
    expect(apiErrorResponse(new MedusaError(MedusaError.Types.NOT_FOUND, "Order x not found"))).toEqual({
      statusCode: 404,
      body: { type: "not_found", code: "not_found", message: "Order x not found" },
    })
  })

  it("names Medusa's own not-found from inside a workflow after what was missing and the request field that held its id", () => {
    const fromQuery = new MedusaError(MedusaError.Types.NOT_FOUND, "cart id not found: cart_01NOPE")
    expect(apiErrorResponse(fromQuery, { params: {}, body: { cart_id: "cart_01NOPE", amount: 50 } })).toEqual({
      statusCode: 404,
      body: { type: "not_found", code: "cart_not_found", field: "cart_id", message: "cart id not found: cart_01NOPE" },
    })
    const fromService = new MedusaError(MedusaError.Types.NOT_FOUND, "LineItem with id: item_01NOPE was not found")
    expect(apiErrorResponse(fromService, { params: { id: "cart_1", line_id: "item_01NOPE" } }).body).toMatchObject({ code: "line_item_not_found", field: "line_id" })
    // an id in a nested body field; an id the request never named: the code alone
    expect(apiErrorResponse(fromService, { body: { line: { id: "item_01NOPE" } } }).body.field).toBe("line.id")
    expect(apiErrorResponse(fromService, { body: {} }).body).toEqual({ type: "not_found", code: "line_item_not_found", message: fromService.message })
    // our own refusal keeps its code and field
    expect(apiErrorResponse(refusal(MedusaError.Types.NOT_FOUND, "round_not_found", "cart id not found: x", "round_id"), { body: { cart_id: "x" } }).body).toMatchObject({ code: "round_not_found", field: "round_id" })
  })

  it("answers a zod error thrown by hand with 400 invalid_field, the first field and every issue", () => {
    const parsed = z.object({ title: z.string(), variants: z.array(z.object({ amount: z.number().min(0) })) }).safeParse({ variants: [{ amount: -1 }] })
    if (parsed.success) throw new Error("expected a refusal")
    const { statusCode, body } = apiErrorResponse(parsed.error)
    expect(statusCode).toBe(400)
    expect(body).toMatchObject({ type: "invalid_data", code: "invalid_field", field: "title" })
    expect(body.errors?.map((e) => [e.field, e.code])).toEqual([
      ["title", "invalid_type"],
      ["variants.0.amount", "too_small"],
    ])
  })

  it("tells nothing of an unknown error: 500 unknown_error, no field", () => {
    const { statusCode, body } = apiErrorResponse(new TypeError("cannot read x of undefined"))
    expect(statusCode).toBe(500)
    expect(body).toEqual({ type: "unknown_error", code: "unknown_error", message: "An unknown error occurred." })
  })
})

describe("validateAndTransformBody + apiErrorHandler", () => {
  let server: http.Server
  let port: number
  const Body = z.object({ title: z.string().min(1), price: z.object({ amount: z.number().positive() }) })

  beforeAll(async () => {
    jest.spyOn(console, "info").mockImplementation(() => undefined)
    const app = express()
    app.use(express.json())
    app.post("/things", validateAndTransformBody(Body) as any, (req: any, res) => res.json({ thing: req.validatedBody }))
    // Medusa's query validation reads `req.allowed`, which Medusa's router sets on every request.
    app.get("/things", (req: any, _res, next) => ((req.allowed = []), next()), validateAndTransformQuery(z.object({ archived: z.enum(["true", "false"]).optional() }), {}) as any, (req: any, res) =>
      res.json({ query: req.validatedQuery })
    )
    app.post("/refuse", () => {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "weight_out_of_range", "troppo", "weights.0.grams")
    })
    app.post("/boom", () => {
      throw new Error("secret detail")
    })
    app.use(apiErrorHandler() as express.ErrorRequestHandler)
    server = app.listen(0)
    await new Promise((r) => server.once("listening", r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise((r) => server.close(r)))

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
    return { status: res.status, body: await res.json() }
  }

  it("passes a valid body through, validated", async () => {
    expect(await post("/things", { title: "Pane", price: { amount: 4.5 } })).toEqual({ status: 200, body: { thing: { title: "Pane", price: { amount: 4.5 } } } })
  })

  it("names the refused field of a body, keeping Medusa's message", async () => {
    const res = await post("/things", { title: "Pane", price: { amount: -2 } })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ type: "invalid_data", code: "invalid_field", field: "price.amount" })
    expect(res.body.message).toMatch(/^Invalid request: /)
    expect(res.body.errors).toEqual([{ code: "too_small", field: "price.amount", message: expect.any(String) }])
  })

  it("refuses unknown fields (strict, as Medusa) and names them", async () => {
    const res = await post("/things", { title: "Pane", price: { amount: 1 }, owner: "x" })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ code: "invalid_field", field: "owner" })
    expect(res.body.errors[0].code).toBe("unrecognized_keys")
  })

  it("names the refused query parameter", async () => {
    const ok = await fetch(`http://127.0.0.1:${port}/things?archived=true`)
    expect(await ok.json()).toEqual({ query: { archived: "true" } })
    const res = await fetch(`http://127.0.0.1:${port}/things?archived=forse`)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: "invalid_field", field: "archived", errors: [{ code: "invalid_value", field: "archived" }] })
  })

  it("answers a refusal with its code and field", async () => {
    expect(await post("/refuse", {})).toEqual({
      status: 400,
      body: { type: "not_allowed", code: "weight_out_of_range", field: "weights.0.grams", message: "troppo" },
    })
  })

  it("leaves a server error to Medusa: 500 without the detail", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined)
    const res = await post("/boom", {})
    expect(res.status).toBe(500)
    expect(JSON.stringify(res.body)).not.toContain("secret detail")
  })
})
