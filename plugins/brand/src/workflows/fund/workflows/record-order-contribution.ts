import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { recordOrderContributionStep } from "../steps/record-order-contribution"

export type RecordPaymentContributionInput = { payment_id: string }

export const recordPaymentContributionWorkflowId = "record-payment-contribution"

/** When a resident's order is paid, the network's share for the neighbourhood goes into the fund. */
export const recordPaymentContributionWorkflow = createWorkflow(recordPaymentContributionWorkflowId, (input: RecordPaymentContributionInput) => {
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: ["id", "payment_collection.order.id", "payment_collection.order.total"],
    filters: { id: input.payment_id },
    options: { throwIfKeyNotFound: true },
  })
  const order = transform({ payments }, ({ payments }) => {
    const o = (payments[0] as any).payment_collection?.order
    return { order_id: o?.id as string, total_cents: Math.round(Number(o?.total ?? 0) * 100) }
  })
  const entry = recordOrderContributionStep(order)
  emitEventStep({ eventName: BrandEvents.FUND_CONTRIBUTION, data: transform({ entry }, ({ entry }) => ({ id: entry.id })) })
  return new WorkflowResponse(entry)
})
