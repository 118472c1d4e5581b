import "server-only"
import { z } from "zod"
import { sdk } from "../medusa"
import { formAction, type Caller } from "./form-action"
import { tokenFor } from "./password-login"
import { password } from "./schemas"

const ChangePassword = z.object({ current_password: z.string().min(1, "validation.required").max(1024), new_password: password })

/**
 * A signed-in person's "change password" form (`path`: their kind of login's route): the API
 * checks the current password, keeps the new one and ends every session of the login, this one
 * too — so this browser signs in again with the new password (`keep` stores the token, as the
 * login form does). Passwords are never sent back to refill the form.
 */
export function changePasswordAction<H extends Record<string, string>>(
  caller: Caller<H>,
  path: string,
  actor: "customer" | "vendor" | "volunteer",
  keep: (token: string) => Promise<void>,
) {
  return formAction({
    caller,
    schema: ChangePassword,
    values: () => ({}),
    fields: ["current_password", "new_password"],
    call: async (input, headers) => {
      const { email } = await sdk.client.fetch<{ email: string }>(path, { method: "POST", body: input, headers })
      // The password has changed whatever happens next: a failed sign-in again (throttled, the API away) is said, not thrown.
      const token = await tokenFor(actor, email, input.new_password).catch(() => null)
      if (token) await keep(token)
      return { signedIn: Boolean(token) }
    },
    refresh: false,
    done: ({ t, result }) => ({ ok: true, message: t(result.signedIn ? "account.change.done" : "account.change.done_signed_out") }),
  })
}
