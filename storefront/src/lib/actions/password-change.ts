import "server-only"
import { z } from "zod"
import { sdk } from "../medusa"
import { formAction, type Caller } from "./form-action"
import { password } from "./schemas"

const ChangePassword = z.object({ current_password: z.string().min(1, "validation.required").max(1024), new_password: password })

/**
 * A signed-in person's "change password" form (`path`: their kind of login's route): the API
 * checks the current password and keeps the new one. Passwords are never sent back to refill it.
 */
export function changePasswordAction<H extends Record<string, string>>(caller: Caller<H>, path: string) {
  return formAction({
    caller,
    schema: ChangePassword,
    values: () => ({}),
    fields: ["current_password", "new_password"],
    call: (input, headers) => sdk.client.fetch(path, { method: "POST", body: input, headers }),
    refresh: false,
    done: ({ t }) => ({ ok: true, message: t("account.change.done") }),
  })
}
