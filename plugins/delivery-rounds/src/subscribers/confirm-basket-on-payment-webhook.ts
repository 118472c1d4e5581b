import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { confirmBasketPlacementOfPayment } from "../lib/basket-confirmation"

type WebhookEvent = { provider: string; payload: { data: unknown; rawData: any; headers: Record<string, unknown> } }

const PAID = new Set<string>([PaymentActions.AUTHORIZED, PaymentActions.SUCCESSFUL])

/**
 * Medusa's payment webhook (POST /hooks/payment/stripe_stripe → `payment.webhook_received`), read
 * by the provider as Medusa reads it (Stripe's signature checked): `payment_intent.amount_capturable_updated`
 * or `payment_intent.succeeded` for a weekly basket waiting for its resident places its order —
 * the resident confirmed 3-D Secure and closed the tab before the page could. Medusa's own handler
 * of the same event cannot complete that cart: its card session stays refused until our
 * confirmation reopens it under the cart's lock (see confirmBasketPlacementWorkflow).
 */
export default async function confirmBasketOnPaymentWebhook({ event, container }: SubscriberArgs<WebhookEvent>) {
  const input = event.data
  if (!/stripe/.test(input?.provider ?? "")) return
  if (input.payload?.rawData?.type === "Buffer") input.payload.rawData = Buffer.from(input.payload.rawData.data)
  let processed: { action: string; data?: { session_id?: string } }
  try {
    processed = await container.resolve(Modules.PAYMENT).getWebhookActionAndData(input as any)
  } catch (error) {
    // A forged or stale delivery: Medusa's handler refuses it too.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Payment webhook not read for weekly baskets: ${(error as Error).message}`)
    return
  }
  if (!PAID.has(processed.action) || !processed.data?.session_id) return
  await confirmBasketPlacementOfPayment(container, processed.data.session_id)
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "rbv-confirm-basket-on-payment-webhook" },
}
