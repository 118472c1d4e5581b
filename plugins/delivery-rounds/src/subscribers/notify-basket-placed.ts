import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DeliveryTemplates, notify } from "../lib/notify"
import { slotLabel } from "../lib/round-options"
import { BASKET_MODULE } from "../modules/basket"
import type BasketModuleService from "../modules/basket/service"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { DeliveryEvents } from "../workflows/events"

// The resident learns, in their language, what the cutoff ordered from their weekly basket and what it
// left out — or that their bank asks them to confirm the card payment (a link, until the cutoff), or
// that it was released.
export default async function notifyBasketPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const baskets: BasketModuleService = container.resolve(BASKET_MODULE)
  const [placement] = await baskets.listBasketPlacements({ id: event.data.id }, { relations: ["basket"], take: 1 })
  if (!placement || placement.status === "placing") return
  const rounds: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [round] = await rounds.listDeliveryRounds({ id: placement.round_id }, { take: 1 })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = placement.order_id ? await query.graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id: placement.order_id } }) : { data: [] as any[] }
  const order = orders[0] as { id: string; display_id: number; total: number } | undefined
  const basket = placement.basket as unknown as { email: string; locale: string; payment: string; card: { brand?: string; last4?: string } | null }
  const dateLocale = basket.locale === "en" ? "en-GB" : "it-IT"
  await notify(container, [{ email: basket.email, locale: basket.locale }], DeliveryTemplates.BASKET_PLACED, {
    placement_id: placement.id,
    awaiting_confirmation: placement.status === "awaiting_confirmation",
    payment: basket.payment === "saved_card" ? "card" : "pay_on_delivery",
    card: basket.card?.last4 ? `${(basket.card.brand ?? "").toUpperCase()} •••• ${basket.card.last4}`.trim() : null,
    confirm_by: round ? new Date(round.cutoff_at).toLocaleString(dateLocale, { timeZone: "Europe/Rome", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }) : null,
    order_id: order?.id ?? null,
    display_id: order?.display_id ?? null,
    total: order ? Math.round(Number(order.total) * 100) : null,
    slot: round ? slotLabel(round.starts_at, round.ends_at, basket.locale === "en" ? "en-GB" : "it-IT") : null,
    placed: (placement.placed ?? []) as unknown[],
    left_out: (placement.left_out ?? []) as unknown[],
  })
}

export const config: SubscriberConfig = { event: DeliveryEvents.BASKET_PLACED }
