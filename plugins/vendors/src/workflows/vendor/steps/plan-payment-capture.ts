import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coordinatorLocale, refusal } from "@rbv/kit"
import { fromCents, sumCents, toCents } from "../../../lib/money"
import { partsAwaitingWeights } from "../../../lib/parts-awaiting-weights"
import { CASH_PROVIDER_ID } from "../../payout/steps/find-cash-payment"

export const planPaymentCaptureStepId = "plan-payment-capture"

export type PaymentCaptureInput = { payment_id: string; amount?: number | null; user_id?: string | null }

const euros = (cents: number) => fromCents(cents).toFixed(2)
const eurosIt = (cents: number) => `${fromCents(cents).toFixed(2).replace(".", ",")} €`

// Said in the coordinator's language: Medusa's admin shows the message as it comes.
const REFUSED = {
  it: {
    weighing: (n: number) => `Ordine #${n}: ha righe vendute a peso non ancora pesate; la carta si addebita per l'importo finale quando gli artigiani le pesano`,
    above: (n: number, requested: number, due: number) => `Ordine #${n}: ${eurosIt(requested)} è più dei ${eurosIt(due)} ancora dovuti`,
    nothing: (n: number, paid: number, total: number) => `Ordine #${n}: non resta niente da incassare (pagati ${eurosIt(paid)}, il totale è ${eurosIt(total)})`,
  },
  en: {
    weighing: (n: number) => `payment: order #${n} has lines sold by weight that are not weighed yet; the card is captured for the final amount when the makers weigh them`,
    above: (n: number, requested: number, due: number) => `amount: ${euros(requested)} is more than the ${euros(due)} still due on order #${n}`,
    nothing: (n: number, paid: number, total: number) => `amount: nothing is left to capture on order #${n} (${euros(paid)} paid, its total is ${euros(total)})`,
  },
}

/**
 * A capture asked for outside our own workflows (a coordinator's "Capture" in Medusa's admin,
 * which asks for the whole authorisation): never before the weighed lines of the order are
 * weighed (the card authorised the estimate plus the tolerance, the weighing captures the final
 * amount), never more than what is still due on the order. For a card, the amount the provider
 * captures (a partial capture at Stripe); null when there is nothing of ours to say.
 */
export const planPaymentCaptureStep = createStep(planPaymentCaptureStepId, async (input: PaymentCaptureInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "provider_id", "payment_collection_id", "captures.amount"],
    filters: { id: input.payment_id },
  })
  const payment = payments[0] as any
  if (!payment) return new StepResponse(null)
  const { data: links } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: payment.payment_collection_id } })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) return new StepResponse(null)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "payment_collections.payments.canceled_at", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  const order = orders[0] as any
  if (!order) return new StepResponse(null)

  const say = REFUSED[await coordinatorLocale(container, input.user_id)]
  if ((await partsAwaitingWeights(container, order.id)).length) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "capture_before_weighing", say.weighing(order.display_id), "payment")
  }
  const paid = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).filter((p: any) => !p.canceled_at).reduce((s: number, p: any) => s + sumCents(p.captures) - sumCents(p.refunds), 0)
  const due = toCents(order.total) - paid
  const requested = input.amount != null ? toCents(input.amount) : toCents(payment.amount) - sumCents(payment.captures)
  if (requested > due) {
    throw refusal(
      MedusaError.Types.INVALID_DATA,
      due > 0 ? "capture_above_due" : "nothing_to_capture",
      due > 0 ? say.above(order.display_id, requested, due) : say.nothing(order.display_id, paid, toCents(order.total)),
      "amount"
    )
  }
  return new StepResponse(payment.provider_id === CASH_PROVIDER_ID ? null : { payment_id: payment.id as string, amount: requested })
})
