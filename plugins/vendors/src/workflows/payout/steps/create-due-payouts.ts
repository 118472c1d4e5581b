import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { fundShares, planPayouts, type OpenItem } from "../../../lib/payout-math"
import { transferIdempotencyKey } from "../../../lib/stripe"

export const createDuePayoutsStepId = "create-due-payouts"

type Undo = { payout_ids: string[]; carry_ids: string[]; items: { id: string; fund_share: number; net: number }[] }

/** Resident orders whose payment was captured: their makers can be paid, others wait. */
export async function capturedParents(container: any, parentIds: string[]): Promise<Set<string>> {
  if (!parentIds.length) return new Set<string>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Paid = captured, in full or — a weighed order's card, captured for less than it authorised — in part.
  const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.payments.captured_at", "payment_collections.payments.captures.id"], filters: { id: parentIds } })
  return new Set<string>(
    data
      .filter((o: any) => (o.payment_collections ?? []).some((pc: any) => (pc.payments ?? []).some((p: any) => p.captured_at || p.captures?.length)))
      .map((o: any) => o.id as string)
  )
}

/**
 * The solidarity fund's contribution of each resident's order, as recorded by the brand plugin
 * (read through Query; a network without that plugin has no fund share).
 */
async function fundContributions(container: any, parentIds: string[]): Promise<Record<string, number>> {
  if (!parentIds.length) return {}
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "fund_entry", fields: ["order_id", "kind", "amount"], filters: { order_id: parentIds, kind: "contribution" } })
    return Object.fromEntries(data.map((e: any) => [e.order_id, Number(e.amount)]))
  } catch {
    return {}
  }
}

/**
 * Turns what is due into payouts: delivered child orders past their holding period whose
 * resident paid, netted with the makers' refunds and carried balances. Makers with an enabled
 * Stripe account get a `processing` Stripe payout, the others wait in the bank-transfer batch.
 */
export const createDuePayoutsStep = createStep(
  createDuePayoutsStepId,
  async (input: { run_id: string; now?: Date }, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const vendors: VendorModuleService = container.resolve(VENDOR_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const undo: Undo = { payout_ids: [], carry_ids: [], items: [] }

    const open = await service.listPayoutItems({ payout_id: null }, { take: 10_000 })
    const dueSales = open.filter((i) => i.kind === "sale" && new Date(i.eligible_at) <= now)
    const paid = await capturedParents(container, [...new Set(dueSales.map((i) => i.parent_order_id!).filter(Boolean))])
    const payable = dueSales.filter((i) => paid.has(i.parent_order_id!))

    // The fund share is known once the resident's payment was captured: fill it in now.
    const contributions = await fundContributions(container, [...paid])
    for (const [parentId, contribution] of Object.entries(contributions)) {
      const lines = await vendors.listCommissionLines({ parent_order_id: parentId })
      const reversed = new Set(lines.filter((l) => l.kind === "reversal").map((l) => l.order_id))
      const shares = fundShares(contribution, lines.filter((l) => l.kind === "sale" && !reversed.has(l.order_id)).map((l) => ({ order_id: l.order_id, gross: l.gross })))
      for (const item of payable.filter((i) => i.parent_order_id === parentId)) {
        const share = shares[item.order_id!] ?? 0
        if (share === item.fund_share) continue
        undo.items.push({ id: item.id, fund_share: item.fund_share, net: item.net })
        const net = item.gross - item.commission - share
        await service.updatePayoutItems({ id: item.id, fund_share: share, net })
        Object.assign(item, { fund_share: share, net })
      }
    }

    const payableIds = new Set(payable.map((i) => i.id))
    const byVendor = new Map<string, OpenItem[]>()
    for (const item of open) {
      if (item.kind === "sale" && !payableIds.has(item.id)) continue
      const list = byVendor.get(item.vendor_id) ?? []
      list.push({ id: item.id, kind: item.kind, net: item.net, parent_order_id: item.parent_order_id, eligible_at: new Date(item.eligible_at) })
      byVendor.set(item.vendor_id, list)
    }

    for (const [vendorId, items] of byVendor) {
      const plan = planPayouts(items, now)
      if (!plan.length) continue
      const account = await service.accountOf(vendorId)
      const viaStripe = Boolean(account?.stripe_account_id && account.stripe_status === "enabled")
      const currency = open.find((i) => i.vendor_id === vendorId)!.currency_code
      const ids = plan.map(() => generateEntityId("", "po"))
      await service.createPayouts(
        plan.map((p, n) => ({
          id: ids[n],
          vendor_id: vendorId,
          run_id: input.run_id,
          currency_code: currency,
          amount: p.amount,
          method: p.amount === 0 ? ("none" as const) : viaStripe ? ("stripe" as const) : ("bank_transfer" as const),
          status: p.amount === 0 ? ("offset" as const) : viaStripe ? ("processing" as const) : ("awaiting_bank_transfer" as const),
          transfer_group: p.transfer_group,
          idempotency_key: transferIdempotencyKey(ids[n]),
          stripe_account_id: viaStripe ? account!.stripe_account_id : null,
          iban: viaStripe ? null : account?.iban ?? null,
        }))
      )
      undo.payout_ids.push(...ids)
      await service.updatePayoutItems(plan.flatMap((p, n) => p.item_ids.map((id) => ({ id, payout_id: ids[n] }))))
      const carries = plan.flatMap((p, n) =>
        p.carry_out < 0
          ? [
              { kind: "carry" as const, source_id: `${ids[n]}:out`, net: -p.carry_out, payout_id: ids[n] },
              { kind: "carry" as const, source_id: `${ids[n]}:in`, net: p.carry_out, payout_id: ids[n + 1] ?? null },
            ]
          : []
      )
      if (carries.length) {
        const created = await service.createPayoutItems(
          carries.map((c) => ({ ...c, vendor_id: vendorId, order_id: null, parent_order_id: null, currency_code: currency, gross: 0, commission: 0, eligible_at: now }))
        )
        undo.carry_ids.push(...created.map((c) => c.id))
      }
    }
    return new StepResponse(undo.payout_ids, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    if (undo.carry_ids.length) await service.deletePayoutItems(undo.carry_ids)
    if (undo.payout_ids.length) {
      const attached = await service.listPayoutItems({ payout_id: undo.payout_ids })
      if (attached.length) await service.updatePayoutItems(attached.map((i) => ({ id: i.id, payout_id: null })))
      await service.deletePayouts(undo.payout_ids)
    }
    if (undo.items.length) await service.updatePayoutItems(undo.items)
  }
)
