import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, orderAccessHeaders } from "../cookies"
import { sdk } from "../medusa"
import { lastHomeAddress } from "../util/checkout-address"
import { nullIfNotFound } from "../util/errors"
import { withLineMakers } from "./products"

const ORDER_FIELDS =
  "id,display_id,email,customer_id,created_at,status,payment_status,fulfillment_status,currency_code,total,subtotal,tax_total,shipping_total,shipping_tax_total,item_total," +
  "*items,*items.product,+items.total,+items.tax_total,*shipping_address,*shipping_methods,*credit_lines"

/** The caller's proof that an order is theirs: their sign-in, or the secret of the browser that paid. */
export async function orderReaderHeaders(id: string): Promise<Record<string, string>> {
  return { ...(await authHeaders()), ...(await orderAccessHeaders(id)) }
}

/**
 * The lines sold by weight of an order as the API prices them (cents): the estimate and the most
 * each can cost at the tolerance agreed when ordering, the real weight once weighed, the most the
 * order can come to, and what the card authorised and captured.
 */
export type OrderWeighing = {
  lines: { item_id: string; estimate: number; cap: number; tolerance_percent: number; grams: number | null; amount: number | null }[]
  pending: number
  max: number
  authorised: number | null
  captured: number | null
}

export type ResidentOrder = HttpTypes.StoreOrder & { weighing: OrderWeighing }

/** One of the visitor's own orders (by id), or null: anyone else's answers like a missing one. */
export async function retrieveOrder(id: string): Promise<ResidentOrder | null> {
  return nullIfNotFound(async () => {
    const headers = await orderReaderHeaders(id)
    const [{ order }, { weighing }] = await Promise.all([
      sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, headers),
      sdk.client.fetch<{ weighing: OrderWeighing }>(`/store/orders/${encodeURIComponent(id)}/weighing`, { headers }),
    ])
    return { ...order, weighing, items: order.items ? await withLineMakers(order.items) : order.items }
  })
}

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(): Promise<HttpTypes.StoreOrder[]> {
  const { orders } = await sdk.store.order.list(
    { fields: "id,display_id,created_at,status,total,currency_code,*items", order: "-created_at", limit: 50 },
    await authHeaders()
  )
  return orders
}

/** Where the signed-in resident's last order was brought home (her own orders), proposed at the checkout. */
export async function retrieveLastHomeAddress(): Promise<HttpTypes.StoreOrderAddress | null> {
  const { orders } = await sdk.store.order.list({ fields: "id,*shipping_address", order: "-created_at", limit: 10 }, await authHeaders())
  return lastHomeAddress(orders.map((o) => o.shipping_address))
}
