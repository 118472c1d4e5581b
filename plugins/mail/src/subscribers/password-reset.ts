import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendSecretMail } from "@rbv/kit"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> | null }

const ACTORS = new Set(["customer", "vendor", "volunteer", "user"])

/**
 * Medusa's reset route found an e-mail + password login (it answers the same whether or not one
 * exists, and emits only when one does): the link to choose a new password goes to that address,
 * in the language the page asking for it was in. The token is single-use and lives 15 minutes; the
 * notification Medusa keeps never holds it.
 */
export default async function passwordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type: actor, token, metadata } = event.data
  if (!ACTORS.has(actor)) return
  try {
    await sendSecretMail(container, [{ email, locale: metadata?.locale as string | undefined }], "auth-password-reset", { actor, token }, { token: "[sent]" })
  } catch (err) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`The password reset e-mail (${actor}) could not be sent: ${(err as Error).message?.replace(token, "[token]")}`)
  }
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
