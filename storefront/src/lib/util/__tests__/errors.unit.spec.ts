import { FetchError } from "@medusajs/js-sdk"
import { ApiError } from "../../api-fetch"
import { EN_MESSAGES, IT_MESSAGES } from "../../i18n/catalog"
import { createTranslator } from "../../i18n/translate"
import { apiErrorState } from "../../actions/form-errors"
import { nullIfNotFound, toUserError } from "../errors"

const fetchError = (status: number, message = "whatever the API says") => new FetchError(message, "status text", status)

describe("toUserError", () => {
  it.each([
    [400, "invalid", "errors.invalid"],
    [422, "invalid", "errors.invalid"],
    [401, "unauthorized", "errors.unauthorized"],
    [403, "unauthorized", "errors.unauthorized"],
    [404, "not_found", "errors.not_found"],
    [409, "conflict", "errors.conflict"],
    [429, "rate_limited", "errors.rate_limited"],
    [500, "unavailable", "errors.unavailable"],
    [502, "unavailable", "errors.unavailable"],
    [503, "unavailable", "errors.unavailable"],
    [418, "unknown", "errors.unknown"],
  ])("maps status %i to %s", (status, kind, messageKey) => {
    expect(toUserError(fetchError(status))).toEqual({ kind, status, messageKey })
  })

  it("decides by status, never by message text", () => {
    expect(toUserError(fetchError(404, "Invalid request: email is required")).kind).toBe("not_found")
    expect(toUserError(fetchError(400, "Not found")).kind).toBe("invalid")
  })

  it("treats a network failure (no status) as the shop not answering", () => {
    expect(toUserError(new TypeError("fetch failed"))).toEqual({ kind: "unavailable", messageKey: "errors.unavailable" })
    expect(toUserError(undefined).kind).toBe("unavailable")
  })

  it("recognises an error that carries a status without being this FetchError class", () => {
    expect(toUserError(Object.assign(new Error("x"), { status: 409 })).kind).toBe("conflict")
  })
})

/** A refusal as our API answers it (the body the js-sdk would reduce to its message). */
const refusal = (status: number, body: Record<string, unknown>) => new ApiError(status, "Bad Request", { message: "English text of the API", ...body })

describe("toUserError with the API's code and field", () => {
  const it_ = createTranslator(IT_MESSAGES, "it")
  const en = createTranslator(EN_MESSAGES, "en")

  it("maps a known code to its message in both languages, never the API's English", () => {
    const error = toUserError(refusal(400, { type: "not_allowed", code: "round_full" }))
    expect(error).toEqual({ kind: "invalid", status: 400, messageKey: "refusals.round_full", code: "round_full" })
    expect(it_(error.messageKey)).toMatch(/^Questo giro di consegna è pieno/)
    expect(en(error.messageKey)).toMatch(/^This delivery round is full/)
  })

  it("keeps the field the refusal names", () => {
    const error = toUserError(refusal(400, { type: "invalid_data", code: "invalid_field", field: "variants.0.prices.0.amount" }))
    expect(error).toMatchObject({ code: "invalid_field", field: "variants.0.prices.0.amount", messageKey: "refusals.invalid_field" })
    expect(it_(error.messageKey)).toBe(IT_MESSAGES.refusals.invalid_field)
  })

  it("falls back to the status's message for an unknown code (Italian, not the API's text)", () => {
    const error = toUserError(refusal(400, { type: "not_allowed", code: "some_new_rule" }))
    expect(error).toMatchObject({ kind: "invalid", messageKey: "errors.invalid", code: "some_new_rule" })
    expect(it_(error.messageKey)).toBe("Alcuni dati non sono validi: controlla e riprova.")
    expect(toUserError(refusal(404, { code: "not_found" })).messageKey).toBe("errors.not_found")
  })

  it("ignores a code on a server error", () => {
    expect(toUserError(refusal(500, { code: "round_full" }))).toEqual({ kind: "unavailable", status: 500, messageKey: "errors.unavailable" })
  })

  it.each(["above_authorisation", "correction_above_charged", "capture_before_weighing", "capture_above_due", "nothing_to_capture", "amount_not_a_number", "weight_out_of_range"])(
    "maps the money refusal %s to its own message, in each language",
    (code) => {
      const error = toUserError(refusal(400, { type: "invalid_data", code, field: "amount" }))
      expect(error).toMatchObject({ messageKey: `refusals.${code}`, code, field: "amount" })
      expect(it_(error.messageKey)).not.toBe(en(error.messageKey))
    }
  )

  it("has an English message for every Italian code", () => {
    expect(Object.keys(EN_MESSAGES.refusals).sort()).toEqual(Object.keys(IT_MESSAGES.refusals).sort())
  })
})

describe("apiErrorState", () => {
  const t = createTranslator(IT_MESSAGES, "it")
  const priceField = (path: string[]) => (path[0] === "variants" && path[2] === "prices" ? `variant_price_${path[1]}` : null)

  it("puts the code's message under the form field the API names", () => {
    const error = refusal(400, { code: "invalid_field", field: "variants.1.prices.0.amount" })
    expect(apiErrorState(error, t, { title: "Pane" }, priceField)).toEqual({
      fieldErrors: { variant_price_1: IT_MESSAGES.refusals.invalid_field },
      values: { title: "Pane" },
    })
  })

  it("tells at the top of the form a refusal about no field of the form", () => {
    expect(apiErrorState(refusal(400, { code: "shop_not_approved" }), t, {}, priceField)).toEqual({ error: IT_MESSAGES.refusals.shop_not_approved, values: {} })
    expect(apiErrorState(refusal(400, { code: "invalid_field", field: "handle" }), t, {}, priceField).error).toBe(IT_MESSAGES.refusals.invalid_field)
  })
})

describe("nullIfNotFound", () => {
  it("gives what the read answers, null for the API's 404, and lets any other failure through", async () => {
    await expect(nullIfNotFound(async () => ({ id: "r1" }))).resolves.toEqual({ id: "r1" })
    await expect(nullIfNotFound(async () => Promise.reject(fetchError(404)))).resolves.toBeNull()
    await expect(nullIfNotFound(async () => Promise.reject(refusal(404, { code: "not_found" })))).resolves.toBeNull()
    const refused = fetchError(403)
    await expect(nullIfNotFound(async () => Promise.reject(refused))).rejects.toBe(refused)
    await expect(nullIfNotFound(async () => Promise.reject(new Error("network")))).rejects.toThrow("network")
  })
})
