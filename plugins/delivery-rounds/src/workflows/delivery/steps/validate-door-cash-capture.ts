import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { coordinatorLocale, refusal } from "@rbv/kit"
import { PAY_ON_DELIVERY_PROVIDER } from "../../../lib/cash"
import { orderDelivery } from "../../../lib/order-delivery"
import { canTakeDoorCashByHand } from "../../../modules/delivery/round-rules"

// Said in the coordinator's language: Medusa's admin shows the message as it comes.
const REFUSED = {
  it: {
    road: (n: number) => `Ordine #${n}: si paga alla consegna ed è in giro: i contanti li registra il volontario quando lo consegna`,
    failed: (n: number) =>
      `Ordine #${n}: si paga alla consegna e la consegna non è riuscita: quando il residente paga alla Casa Comune, registralo nella sezione «Consegna» dell'ordine`,
  },
  en: {
    road: (n: number) => `payment: order #${n} is paid at the door and on its way with the round: the volunteer records the cash when delivering it`,
    failed: (n: number) => `payment: order #${n} is paid at the door and its delivery failed: when the resident pays at the hub, record it in the order's «Consegna» section`,
  },
}

/**
 * Medusa's own «Capture payment» on an order paid at the door, once its round has left and before the order reached
 * its resident, would record cash nobody took (or that the rider is taking): the rider's «Consegnato», or a
 * coordinator's collection at the hub after a failed delivery, records it with who holds the cash. When the capture
 * may go ahead the makers' bound on it (what is still due) decides how much.
 */
export const validateDoorCashCaptureStep = createStep("validate-door-cash-capture", async (input: { payment_id: string; user_id?: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["provider_id", "payment_collection_id"], filters: { id: input.payment_id } })
  const payment = payments[0] as { provider_id?: string; payment_collection_id?: string } | undefined
  if (payment?.provider_id !== PAY_ON_DELIVERY_PROVIDER) return new StepResponse(null)
  const { data: links } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: payment.payment_collection_id } })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  const delivery = orderId ? await orderDelivery(container, orderId) : null
  if (!delivery || delivery.cancelled) return new StepResponse(null)
  if (canTakeDoorCashByHand(delivery.round.status, { delivered: Boolean(delivery.delivered_at || delivery.collected_at) })) return new StepResponse(null)
  const { data: orders } = await query.graph({ entity: "order", fields: ["display_id"], filters: { id: orderId } })
  const say = REFUSED[await coordinatorLocale(container, input.user_id)]
  const displayId = (orders[0] as { display_id: number }).display_id
  throw refusal(
    MedusaError.Types.NOT_ALLOWED,
    "cash_not_taken",
    delivery.stop.status === "failed" ? say.failed(displayId) : say.road(displayId),
    "payment"
  )
})
