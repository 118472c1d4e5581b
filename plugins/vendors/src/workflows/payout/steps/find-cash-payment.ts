import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toCents } from "../../../lib/money"
import { refusal } from "@rbv/kit"

export const CASH_PROVIDER_ID = "pp_system_default"
export const findCashPaymentStepId = "find-cash-payment"

export type CashPayment = { payment_id: string | null; order_id: string; amount: number; already_recorded: boolean }

/**
 * The resident's pay-on-delivery payment for an order (a maker's part leads to the resident's
 * order, which holds the payment). Cash is recorded once per order: a repeated report finds it
 * captured and changes nothing. More than what is due is refused.
 */
export const findCashPaymentStep = createStep(findCashPaymentStepId, async (input: { order_id: string; amount: number }, { container }) => {
  if (!Number.isInteger(input.amount) || input.amount <= 0) {
    throw refusal(MedusaError.Types.INVALID_DATA, "invalid_amount", "amount: must be a positive whole number of cents", "amount")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["id", "metadata", "payment_collections.payments.id", "payment_collections.payments.amount", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at", "payment_collections.payments.captures.amount"]
  let { data: orders } = await query.graph({ entity: "order", fields, filters: { id: input.order_id } })
  const parentId = (orders[0] as any)?.metadata?.parent_order_id
  if (parentId) ({ data: orders } = await query.graph({ entity: "order", fields, filters: { id: parentId } }))
  const order = orders[0] as any
  if (!order) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${input.order_id} was not found`, "order_id")
  const payments = (order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? []).filter((p: any) => p.provider_id === CASH_PROVIDER_ID && !p.canceled_at)
  const payment = payments[0]
  if (!payment) throw refusal(MedusaError.Types.INVALID_DATA, "not_cash_order", "order_id: this order is not paid on delivery", "order_id")
  if (payment.captured_at || (payment.captures ?? []).length) {
    return new StepResponse<CashPayment>({ payment_id: null, order_id: order.id, amount: input.amount, already_recorded: true })
  }
  if (input.amount > toCents(payment.amount)) {
    throw refusal(MedusaError.Types.INVALID_DATA, "amount_over_due", `amount: ${input.amount} is more than the ${toCents(payment.amount)} due`, "amount")
  }
  return new StepResponse<CashPayment>({ payment_id: payment.id, order_id: order.id, amount: input.amount, already_recorded: false })
})
