import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ROUNDUP_METADATA_KEY } from "../../../lib/round-up"
import { BrandEvents } from "../../events"
import { recordOrderContributionStep } from "../steps/record-order-contribution"

export type RecordPaymentContributionInput = { payment_id: string }

export const recordPaymentContributionWorkflowId = "record-payment-contribution"

const cents = (v: unknown) => Math.round(Number(v ?? 0) * 100)

/** When a resident's order is paid, the network's share and any round-up go into the fund. */
export const recordPaymentContributionWorkflow = createWorkflow(recordPaymentContributionWorkflowId, (input: RecordPaymentContributionInput) => {
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: [
      "id",
      "payment_collection.order.id",
      "payment_collection.order.total",
      // the whole line: asked alone, an order line's quantity (kept on its detail) comes back empty
      "payment_collection.order.items.*",
    ],
    filters: { id: input.payment_id },
    options: { throwIfKeyNotFound: true },
  })
  const order = transform({ payments }, ({ payments }) => {
    const o = (payments[0] as any).payment_collection?.order
    const roundup = (o?.items ?? [])
      .filter((i: any) => i.metadata?.[ROUNDUP_METADATA_KEY])
      .reduce((sum: number, i: any) => sum + cents(i.unit_price) * Number(i.quantity), 0)
    return { order_id: o?.id as string, total_cents: cents(o?.total), roundup_cents: roundup }
  })
  const entry = recordOrderContributionStep(order)
  emitEventStep({ eventName: BrandEvents.FUND_CONTRIBUTION, data: transform({ entry }, ({ entry }) => ({ id: entry.id })) })
  return new WorkflowResponse(entry)
})
