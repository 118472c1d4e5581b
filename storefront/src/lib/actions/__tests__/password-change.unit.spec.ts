import { changePasswordAction } from "../password-change"
import { tokenFor } from "../password-login"
import { sdk } from "../../medusa"
import { apiErrorState } from "../form-errors"
import type { Caller } from "../form-action"

jest.mock("../../i18n/server", () => ({ getT: async () => ({ t: (key: string) => key, locale: "it" }) }))
jest.mock("next/cache", () => ({ refresh: jest.fn() }))
jest.mock("../../medusa", () => ({ sdk: { client: { fetch: jest.fn() } } }))
jest.mock("../password-login", () => ({ tokenFor: jest.fn() }))

const caller: Caller<{ authorization: string }> = { session: async () => ({ authorization: "Bearer old" }), missing: "bottega.errors.session", refusal: apiErrorState }
const form = () => {
  const data = new FormData()
  data.append("current_password", "la-vecchia-password")
  data.append("new_password", "la-nuova-password")
  return data
}

describe("changePasswordAction", () => {
  beforeEach(() => jest.mocked(sdk.client.fetch).mockResolvedValue({ changed: true, email: "rita@example.org" }))

  it("signs this browser in again with the new password and says so", async () => {
    jest.mocked(tokenFor).mockResolvedValue("new-token")
    const keep = jest.fn(async () => undefined)
    const state = await changePasswordAction(caller, "/store/account/password", "customer", keep)({}, form())
    expect(tokenFor).toHaveBeenCalledWith("customer", "rita@example.org", "la-nuova-password")
    expect(keep).toHaveBeenCalledWith("new-token")
    expect(state).toEqual({ ok: true, message: "account.change.done" })
  })

  it("a failed sign-in again (throttled) after the change: not an error, the page says this browser is signed out too", async () => {
    jest.mocked(tokenFor).mockRejectedValue(Object.assign(new Error("Too many requests"), { status: 429 }))
    const keep = jest.fn(async () => undefined)
    const state = await changePasswordAction(caller, "/store/account/password", "customer", keep)({}, form())
    expect(keep).not.toHaveBeenCalled()
    expect(state).toEqual({ ok: true, message: "account.change.done_signed_out" })
  })
})
