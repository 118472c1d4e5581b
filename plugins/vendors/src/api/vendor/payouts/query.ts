import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

// The resident's order id stays inside: a maker knows that order by its number only.
const ITEM_FIELDS = ["id", "kind", "order_id", "gross", "commission", "fund_share", "delivery_share", "net", "eligible_at"] as const

/** A maker's payouts with the orders each covers (by the resident's order number), newest first. */
export async function payoutsOf(scope: MedusaContainer, filters: { vendor_id?: string; status?: string }, { limit = 100, offset = 0 } = {}) {
  const service: PayoutModuleService = scope.resolve(PAYOUT_MODULE)
  const [payouts, count] = await service.listAndCountPayouts(filters as any, { relations: ["items"], order: { created_at: "DESC" }, take: limit, skip: offset })
  const orderIds = [...new Set(payouts.flatMap((p) => p.items.flatMap((i) => [i.order_id, i.parent_order_id])).filter(Boolean))] as string[]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }) : { data: [] }
  const number = new Map(orders.map((o: any) => [o.id, o.display_id]))
  return {
    count,
    payouts: payouts.map(({ items, ...p }) => ({
      ...p,
      items: items
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
        .map((i) => ({
          ...Object.fromEntries(ITEM_FIELDS.map((f) => [f, i[f]])),
          display_id: i.order_id ? number.get(i.order_id) ?? null : null,
          parent_display_id: i.parent_order_id ? number.get(i.parent_order_id) ?? null : null,
        })),
    })),
  }
}

export async function accountView(scope: MedusaContainer, vendorId: string) {
  const service: PayoutModuleService = scope.resolve(PAYOUT_MODULE)
  const account = await service.accountOf(vendorId)
  const iban = account?.iban ?? null
  return {
    stripe_available: Boolean(process.env.STRIPE_API_KEY),
    stripe_account_id: account?.stripe_account_id ?? null,
    stripe_status: account?.stripe_status ?? "none",
    requirements_due: (account?.requirements_due as string[] | null) ?? [],
    disabled_reason: account?.disabled_reason ?? null,
    // The whole IBAN is never sent back, only enough to recognise it.
    iban_last4: iban ? iban.slice(-4) : null,
    account_holder: account?.account_holder ?? null,
  }
}
