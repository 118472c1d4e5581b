import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { whyReadyChangeRefused } from "../../../lib/vendor-order-readiness"
import { refusal } from "@rbv/kit"

export const validateReadyChangeStepId = "validate-vendor-order-ready-change"

type Order = { status: string; metadata?: Record<string, unknown> | null; fulfillments?: ({ delivered_at?: unknown } | null)[] | null }

/** "Pronto" can be set and taken back until the goods leave the workshop (see readinessOf). */
export const validateReadyChangeStep = createStep(validateReadyChangeStepId, async (input: { order?: Order; ready: boolean }) => {
  if (!input.order) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", "That order was not found", "order_id")
  const refused = whyReadyChangeRefused(
    {
      status: input.order.status,
      ready_at: (input.order.metadata?.ready_at as string | null) ?? null,
      handed_over_at: (input.order.metadata?.handed_over_at as string | null) ?? null,
      delivered: (input.order.fulfillments ?? []).some((f) => f?.delivered_at),
    },
    input.ready
  )
  if (refused) throw refusal(MedusaError.Types.NOT_ALLOWED, "ready_change_refused", refused)
})
