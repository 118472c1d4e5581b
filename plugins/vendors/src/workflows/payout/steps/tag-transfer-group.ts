import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stripeClient } from "../../../lib/stripe"

export const tagTransferGroupStepId = "tag-transfer-group"

/**
 * A card order's PaymentIntent gets `transfer_group` = the resident's order id: the makers'
 * transfers for that order carry the same group, so Stripe ties the charge to them.
 */
export const tagTransferGroupStep = createStep(tagTransferGroupStepId, async (input: { order_id: string }, { container }) => {
  const stripe = stripeClient()
  if (!stripe) return new StepResponse([] as string[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "payment_collections.payments.provider_id", "payment_collections.payments.data"],
    filters: { id: input.order_id },
  })
  const order = data[0] as any
  if (!order || order.metadata?.parent_order_id) return new StepResponse([] as string[])
  const intents = (order.payment_collections ?? [])
    .flatMap((pc: any) => pc.payments ?? [])
    .filter((p: any) => String(p.provider_id).startsWith("pp_stripe") && typeof p.data?.id === "string" && p.data.id.startsWith("pi_"))
    .map((p: any) => p.data.id as string)
  for (const id of intents) {
    const intent = await stripe.paymentIntents.retrieve(id)
    if (!intent.transfer_group) await stripe.paymentIntents.update(id, { transfer_group: order.id })
  }
  return new StepResponse(intents)
})
