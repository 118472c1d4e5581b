import { FetchError } from "@medusajs/js-sdk"
import { toUserError } from "../errors"

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
