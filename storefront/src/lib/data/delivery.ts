import "server-only"
import { authHeaders } from "../cookies"
import { contentHeaders } from "../i18n/content-locale"
import type { Locale } from "../i18n/translate"
import { sdk } from "../medusa"
import { nullIfNotFound } from "../util/errors"
import { orderReaderHeaders } from "./orders"

/** What of the cart a round's limited batches cannot make any more (the maker's name for the batch, what is left, what is asked). */
export type BatchShort = { batch_limit_id: string; name: string; quantity: number; left: number }
export type RoundSlot = {
  id: string
  name: string | null
  starts_at: string
  ends_at: string
  cutoff_at: string
  delivery_fee: number
  drops_left: number
  shipping_option_id: string
  short: BatchShort[]
}
export type PickupSlot = { round_id: string; starts_at: string; ends_at: string; cutoff_at: string; shipping_option_id: string; short: BatchShort[] }
export type PickupPoint = { id: string; name: string; address_1: string; postal_code: string; city: string; is_hub: boolean; slots: PickupSlot[] }
export type DeliveryOffer = { rounds: RoundSlot[]; pickup_points: PickupPoint[]; message?: string }

/** The rounds that can bring this cart home and the pickup slots (the cart's address must be set); places named in the visitor's language. */
export async function listDeliveryOffer(cartId: string, locale?: Locale): Promise<DeliveryOffer> {
  return sdk.client.fetch<DeliveryOffer>("/store/delivery-rounds", { query: { cart_id: cartId }, headers: locale ? contentHeaders(locale) : {} })
}

export type OrderDelivery = {
  kind: "home" | "pickup"
  round_name: string | null
  starts_at: string
  ends_at: string
  round_status: string
  stop_status: "scheduled" | "delivered" | "failed" | "cancelled"
  eta: string | null
  note: string | null
  pickup_point: { name: string; address_1: string; postal_code: string; city: string } | null
  completed_at: string | null
  /** After a failed delivery, when she collected the order at the network's hub. */
  collected_at: string | null
  /** After a failed delivery, until she has the order: the network's hub, where it goes back. */
  hub: { name: string; address_1: string; postal_code: string; city: string } | null
  /** The resident may still cancel the order: until the round's cutoff (`cancel_until`). */
  can_cancel: boolean
  cancel_until: string
}

/** How an order travels (its round and the stop's outcome), or null for an order without a round. */
export async function retrieveOrderDelivery(orderId: string): Promise<OrderDelivery | null> {
  return nullIfNotFound(async () => {
    const { delivery } = await sdk.client.fetch<{ delivery: OrderDelivery }>(`/store/delivery-rounds/orders/${orderId}`, {
      headers: await orderReaderHeaders(orderId),
    })
    return delivery
  })
}

/** How each of the signed-in resident's orders travels, by order id (for the account's order list). */
export async function listCustomerDeliveries(): Promise<Map<string, OrderDelivery>> {
  const { deliveries } = await sdk.client.fetch<{ deliveries: (OrderDelivery & { order_id: string })[] }>("/store/delivery-rounds/orders", {
    headers: await authHeaders(),
  })
  return new Map(deliveries.map((d) => [d.order_id, d]))
}
