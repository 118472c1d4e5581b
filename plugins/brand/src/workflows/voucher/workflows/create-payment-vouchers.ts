import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createOrderVouchersStep } from "../steps/create-order-vouchers"

export type CreatePaymentVouchersInput = { payment_id: string }

export const createPaymentVouchersWorkflowId = "create-payment-vouchers"

/** When an order with "spesa sospesa" baskets is paid, each basket becomes a voucher. */
export const createPaymentVouchersWorkflow = createWorkflow(createPaymentVouchersWorkflowId, (input: CreatePaymentVouchersInput) => {
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: ["id", "payment_collection.order.id", "payment_collection.order.items.*"],
    filters: { id: input.payment_id },
    options: { throwIfKeyNotFound: true },
  })
  const baskets = transform({ payments }, ({ payments }) => {
    const order = (payments[0] as any).payment_collection?.order
    return {
      order_id: (order?.id ?? "") as string,
      items: (order?.items ?? [])
        .filter((i: any) => i.product_id)
        .map((i: any) => ({ product_id: i.product_id as string, amount: Math.round(Number(i.unit_price) * 100), quantity: Number(i.quantity) })),
    }
  })
  return new WorkflowResponse(createOrderVouchersStep(baskets))
})
