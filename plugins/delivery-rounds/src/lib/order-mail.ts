import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lineTitle, residentLocale, type MailRecipient } from "@rbv/kit"
import { PAY_ON_DELIVERY_PROVIDER, toNumber } from "./cash"
import { makersOf } from "./makers-of"

const cents = (amount: unknown) => Math.round(toNumber(amount) * 100)

export type ResidentOrder = { id: string; display_id: number | null; to: MailRecipient; has_account: boolean }

const RESIDENT_FIELDS = ["id", "email", "display_id", "metadata", "customer.has_account", "customer.metadata"]

/** Who to write to about residents' orders, in the language they shopped in (see @rbv/kit residentLocale). */
export async function residentOrders(container: MedusaContainer, ids: string[]): Promise<Map<string, ResidentOrder>> {
  const result = new Map<string, ResidentOrder>()
  if (!ids.length) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: RESIDENT_FIELDS, filters: { id: ids } })
  for (const o of data as any[]) {
    // A maker's child order (metadata.parent_order_id) is internal: never written to a resident.
    if (o.metadata?.parent_order_id) continue
    result.set(o.id, { id: o.id, display_id: o.display_id ?? null, to: { email: o.email, locale: residentLocale(o) }, has_account: Boolean(o.customer?.has_account) })
  }
  return result
}

/**
 * The order confirmation's content: what was bought (and from which maker, when the vendors
 * plugin links products to shops), the sums, how it is paid, and — when @rbv/brand is installed —
 * the transparent price of the goods, computed as the checkout showed it.
 */
export async function orderSummary(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "item_total",
      "shipping_total",
      "total",
      "shipping_address.first_name",
      // "items.*": a line's quantity is only filled when the whole item is read.
      "items.*",
      "items.total",
      "payment_collections.payments.provider_id",
      "payment_collections.payment_sessions.provider_id",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order) return null
  const all = (order.items ?? []) as any[]
  // The round-up for the fund (@rbv/brand) is a donation, not goods: it is a sum of its own.
  const key = roundUpKey()
  const isRoundUp = (i: any) => Boolean(key && i.metadata?.[key])
  const items = all.filter((i) => !isRoundUp(i))
  const roundup = all.filter(isRoundUp).reduce((s, i) => s + cents(i.total), 0)
  const productIds = [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[]
  const makers = await makersOf(container, productIds)
  const providers = (order.payment_collections ?? []).flatMap((c: any) => [...(c?.payments ?? []), ...(c?.payment_sessions ?? [])]).map((p: any) => String(p?.provider_id ?? ""))
  return {
    first_name: order.shipping_address?.first_name ?? null,
    items: items.map((i) => ({
      maker: (i.product_id && makers.get(i.product_id)) || null,
      title: lineTitle(i),
      quantity: toNumber(i.quantity),
      total: cents(i.total),
    })),
    item_total: cents(order.item_total) - roundup,
    shipping_total: cents(order.shipping_total),
    roundup,
    total: cents(order.total),
    pay_on_delivery: providers.includes(PAY_ON_DELIVERY_PROVIDER),
    price_breakdown: await breakdownOf(container, all),
  }
}

function roundUpKey(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("@rbv/brand/lib/round-up").ROUNDUP_METADATA_KEY
  } catch {
    return null // without @rbv/brand there is no round-up
  }
}

async function breakdownOf(container: MedusaContainer, items: any[]) {
  let brand: { brandOfProducts: (c: MedusaContainer, ids: string[]) => Promise<Map<string, { rates: any }>> }
  let lib: { orderBreakdown: (lines: { amount: number; rates: any; roundup?: boolean }[]) => { price: number; lines: { key: string; amount: number }[] } }
  let roundup: { ROUNDUP_METADATA_KEY: string }
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    brand = require("@rbv/brand/lib/product-brand")
    lib = require("@rbv/brand/lib/order-breakdown")
    roundup = require("@rbv/brand/lib/round-up")
    /* eslint-enable @typescript-eslint/no-require-imports */
  } catch {
    return null // @rbv/brand is not installed: the e-mail goes without the transparent price
  }
  try {
    const brands = await brand.brandOfProducts(container, [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[])
    const { price, lines } = lib.orderBreakdown(
      items.map((i) => ({
        amount: cents(i.unit_price) * toNumber(i.quantity),
        rates: i.product_id ? (brands.get(i.product_id)?.rates ?? null) : null,
        roundup: Boolean(i.metadata?.[roundup.ROUNDUP_METADATA_KEY]),
      }))
    )
    return { price, lines: lines.map((l) => ({ key: l.key, amount: l.amount })) }
  } catch {
    return null
  }
}

/** The order's card payments, with what was captured and refunded on each. */
async function cardPayments(container: MedusaContainer, orderId: string): Promise<any[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  return ((data[0] as any)?.payment_collections ?? []).flatMap((c: any) => c?.payments ?? []).filter((p: any) => p.provider_id !== PAY_ON_DELIVERY_PROVIDER)
}

const sumCents = (rows: { amount: unknown }[] | null | undefined) => (rows ?? []).reduce((s, r) => s + cents(r.amount), 0)

/**
 * What the order's cards hold now: captured less refunded, in cents — read before a cancel, it is what the cancel
 * gives back (Medusa's cancel refunds exactly that on each payment), whatever was refunded earlier (a maker's part).
 */
export async function cardBalance(container: MedusaContainer, orderId: string): Promise<number> {
  return (await cardPayments(container, orderId)).reduce((s: number, p: any) => s + sumCents(p.captures) - sumCents(p.refunds), 0)
}

/**
 * What a cancelled order's payment came to, for the resident's confirmation: a card refunded (`refunded`: the
 * cents the cancel gave back, its `cardBalance` before it), a card only authorised and released, or nothing (to pay
 * on delivery).
 */
export async function cancelledPayment(container: MedusaContainer, orderId: string, refunded: number) {
  if (refunded > 0) return { outcome: "card_refunded" as const, refunded }
  return { outcome: (await cardPayments(container, orderId)).length ? ("card_released" as const) : ("on_delivery" as const), refunded: 0 }
}
