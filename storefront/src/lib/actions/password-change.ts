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
      const token = await tokenFor(actor, email, input.new_password)
      if (token) await keep(token)
    },
    refresh: false,
    done: ({ t }) => ({ ok: true, message: t("account.change.done") }),
  })
}
