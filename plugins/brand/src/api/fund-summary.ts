import type { MedusaContainer } from "@medusajs/framework/types"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"

const monthOf = (d: Date | string) => new Date(d).toISOString().slice(0, 7)

/**
 * The public picture of the fund: balance, money in and out per month, every disbursement —
 * newest first, as a coordinator or a resident looks for them (the ledger itself stays in time
 * order; on the same day the one recorded later counts as later).
 */
export async function fundSummary(scope: MedusaContainer) {
  const service: BrandModuleService = scope.resolve(BRAND_MODULE)
  const entries = await service.listFundEntries({}, { order: { occurred_at: "ASC", created_at: "ASC" } })
  const months = new Map<string, { month: string; in: number; out: number }>()
  for (const e of entries) {
    const m = months.get(monthOf(e.occurred_at)) ?? { month: monthOf(e.occurred_at), in: 0, out: 0 }
    if (e.amount >= 0) m.in += e.amount
    else m.out -= e.amount
    months.set(m.month, m)
  }
  return {
    currency_code: "eur",
    balance: entries.reduce((s, e) => s + e.amount, 0),
    share_bps: await service.fundShareBps(),
    // money in and out by kind since the start: how much came from residents' round-ups, how much went back
    totals: {
      contributions: entries.filter((e) => e.kind === "contribution").reduce((t, e) => t + e.amount, 0),
      roundups: entries.filter((e) => e.kind === "roundup").reduce((t, e) => t + e.amount, 0),
      reversals: -entries.filter((e) => e.kind === "reversal").reduce((t, e) => t + e.amount, 0),
      disbursements: -entries.filter((e) => e.kind === "disbursement").reduce((t, e) => t + e.amount, 0),
    },
    months: [...months.values()],
    disbursements: entries
      .filter((e) => e.kind === "disbursement")
      .map((e) => ({ id: e.id, amount: -e.amount, purpose: e.purpose, beneficiary_project: e.beneficiary_project, occurred_at: e.occurred_at }))
      .reverse(),
    entries,
  }
}
