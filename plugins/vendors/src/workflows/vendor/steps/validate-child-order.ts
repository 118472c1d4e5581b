import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { whyCancelRefused } from "../../../lib/vendor-order-readiness"

export const validateChildOrderStepId = "validate-child-order"

type ChildOrder = { id: string; status: string; metadata?: Record<string, unknown> | null; fulfillments?: ({ delivered_at?: unknown } | null)[] | null }

/** Only a maker's part of a resident's order can be cancelled on its own, once, while its goods are still in the workshop. */
export const validateChildOrderStep = createStep(validateChildOrderStepId, async (input: { order?: ChildOrder }) => {
  if (!input.order?.metadata?.parent_order_id) {
    throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", "That maker's order was not found", "order_id")
  }
  const refused = whyCancelRefused({
    status: input.order.status,
    handed_over_at: (input.order.metadata.handed_over_at as string | undefined) ?? null,
    delivered: (input.order.fulfillments ?? []).some((f) => f?.delivered_at),
  })
  if (refused) throw refusal(MedusaError.Types.NOT_ALLOWED, refused.code, refused.message)
})
