import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { BASKET_MODULE } from "../modules/basket"
import type BasketModuleService from "../modules/basket/service"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { CARD_PROVIDER_ID } from "./basket-card"

/**
 * One placement of the resident's basket as the confirmation page needs it: the round, what goes in
 * and what was left out, and — while it waits for them before the cutoff — what the card will be
 * authorised for and the client secret Stripe.js confirms it with (their own placement only: 404 otherwise).
 */
export async function basketPlacementOfCustomer(container: MedusaContainer, customerId: string, placementId: string) {
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const [placement] = await service.listBasketPlacements({ id: placementId }, { relations: ["basket"], take: 1 })
  if (!placement || placement.basket.customer_id !== customerId) throw refusal(MedusaError.Types.NOT_FOUND, "placement_not_found", `Basket placement ${placementId} was not found`, "id")
  const rounds: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [round] = await rounds.listDeliveryRounds({ id: placement.round_id }, { take: 1 })
  const open = Boolean(round && round.status === "open" && new Date(round.cutoff_at).getTime() > Date.now())
  const waiting = placement.status === "awaiting_confirmation" && open
  let payment: { amount: number; currency_code: string; client_secret: string | null } | null = null
  if (waiting && placement.cart_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.currency_code", "payment_collection.payment_sessions.provider_id", "payment_collection.payment_sessions.amount", "payment_collection.payment_sessions.data"],
      filters: { id: placement.cart_id },
    })
    const collection = (data[0] as any)?.payment_collection
    const session = (collection?.payment_sessions ?? []).find((s: any) => s?.provider_id === CARD_PROVIDER_ID)
    if (session) payment = { amount: Number(session.amount), currency_code: collection.currency_code, client_secret: session.data?.client_secret ?? null }
  }
  const basket = placement.basket as any
  return {
    id: placement.id,
    basket_id: basket.id,
    status: placement.status,
    round: round ? { id: round.id, name: round.name, starts_at: round.starts_at, ends_at: round.ends_at, cutoff_at: round.cutoff_at } : null,
    order_id: placement.order_id,
    placed: placement.placed ?? [],
    left_out: placement.left_out ?? [],
    reason: placement.reason,
    payment,
    payment_method_id: waiting ? basket.payment_method_id : null,
    card: basket.card ?? null,
    can_confirm: waiting && Boolean(payment?.client_secret),
  }
}
