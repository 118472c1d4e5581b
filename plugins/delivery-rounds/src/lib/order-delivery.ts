import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { CASH_ORDER_FIELDS, cashToCollect, paymentMode } from "./cash"
import { addressChoice } from "./round-choice"

/**
 * A resident's order as its current round carries it, for the coordinators: the round, the stop's outcome (the
 * volunteer's note, who, when), what is still to collect, and what can be done after a failed delivery, before the
 * resident has it: record its collection at the network's hub, or put it into one of the later rounds that can take
 * it (`reroute_rounds`). Null for an order that rides no round, undefined for no order at all.
 */
export async function orderDelivery(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", ...CASH_ORDER_FIELDS, "fulfillments.delivered_at", "shipping_address.*"], filters: { id: orderId } })
  const order = data[0] as any
  if (!order) return undefined
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const row = await service.currentStopOrder(orderId, ["stop", "stop.round"])
  if (!row) return null
  const stop = row.stop as any
  const deliveredAt = ((order.fulfillments ?? []) as { delivered_at?: string | null }[]).map((f) => f.delivered_at).find(Boolean) ?? null
  const volunteer = stop.completed_by ? (await service.listVolunteers({ id: stop.completed_by }, { take: 1 }))[0] : undefined
  const cancelled = Boolean(row.cancelled_at) || order.status === "canceled"
  const awaitingResident = stop.status === "failed" && !row.collected_at && !deliveredAt && !cancelled
  const { postal_code, point } = addressChoice(order.shipping_address)
  const rerouteRounds = awaitingResident
    ? await service.roundsTakingReroute({ pickup_point_id: stop.pickup_point_id, address_key: stop.address_key, postal_code, point }, stop.round.id)
    : []
  return {
    stop_order_id: row.id as string,
    // 1 at checkout; 2, 3… once put into a later round after a failed delivery.
    attempt: row.attempt as number,
    round: { id: stop.round.id as string, name: (stop.round.name as string | null) ?? null, starts_at: stop.round.starts_at, ends_at: stop.round.ends_at, status: stop.round.status as string },
    stop: {
      id: stop.id as string,
      kind: stop.kind as "home" | "pickup",
      status: stop.status as string,
      note: (stop.note as string | null) ?? null,
      completed_at: stop.completed_at ?? null,
      completed_by: volunteer?.name ?? null,
    },
    payment_mode: paymentMode(order),
    amount_collected: (row.amount_collected as number | null) ?? null,
    amount_to_collect: cashToCollect(order, row.amount_collected ?? 0),
    delivered_at: deliveredAt,
    collected_at: row.collected_at ?? null,
    cancelled,
    can_record_hub_collection: awaitingResident,
    can_reroute: rerouteRounds.length > 0,
    reroute_rounds: rerouteRounds.map((r) => ({ id: r.id, name: (r.name as string | null) ?? null, starts_at: r.starts_at, ends_at: r.ends_at, status: r.status as string })),
  }
}

export type OrderDelivery = NonNullable<Awaited<ReturnType<typeof orderDelivery>>>
