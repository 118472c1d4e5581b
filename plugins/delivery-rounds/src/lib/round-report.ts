import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCsv, vatCents } from "@rbv/kit"
import { loadRoundContext, makerParts, toNumber } from "./round-context"

const cents = (amount: unknown) => Math.round(toNumber(amount) * 100)
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0)

export type MakerReport = { vendor_id: string; name: string; orders: number; sales: number; contribution: number; net: number; vat: number }
export type RoundReport = {
  round: { id: string; name: string | null; starts_at: string; ends_at: string; status: string }
  makers: MakerReport[]
  totals: { orders: number; sales: number; contribution: number; net: number; vat: number; fund: number; delivery_fees: number; cash_to_collect: number }
}

/** A ledger another plugin keeps (commission lines: @rbv/vendors; fund: @rbv/brand); empty when it is not installed. */
async function ledger(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown>): Promise<any[]> {
  try {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters })
    return data as any[]
  } catch {
    return []
  }
}

/**
 * A round's money for the coordinators, read from the ledgers (integer cents): per maker the
 * sales (commission lines' gross, reversals included), the network contribution and the
 * maker's net, the VAT of its part; for the round the fund's entries for these orders, the
 * delivery fees the residents paid and the cash the riders collect (or collected) at the door.
 */
export async function roundReport(container: MedusaContainer, roundId: string): Promise<RoundReport> {
  const ctx = await loadRoundContext(container, roundId)
  const orders = [...ctx.orders.values()]
  const parentIds = orders.map((o) => o.id)
  const children = orders.flatMap(makerParts)
  const childIds = children.map((c) => c.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [lines, fund, { data: parents }, { data: kids }] = await Promise.all([
    childIds.length ? ledger(container, "commission_line", ["vendor_id", "order_id", "gross", "commission", "net"], { order_id: childIds }) : [],
    parentIds.length ? ledger(container, "fund_entry", ["order_id", "amount"], { order_id: parentIds }) : [],
    parentIds.length ? query.graph({ entity: "order", fields: ["id", "shipping_total"], filters: { id: parentIds } }) : { data: [] as any[] },
    childIds.length ? query.graph({ entity: "order", fields: ["id", "items.tax_total", "shipping_tax_total"], filters: { id: childIds } }) : { data: [] as any[] },
  ])
  const vatOf = new Map((kids as any[]).map((k) => [k.id, vatCents(k.items, k.shipping_tax_total)]))
  const makers: MakerReport[] = ctx.makers
    .map((m) => {
      const mine = children.filter((c) => c.vendor_id === m.vendor_id)
      const ledgerLines = lines.filter((l) => l.vendor_id === m.vendor_id)
      return {
        vendor_id: m.vendor_id,
        name: m.name,
        orders: mine.filter((c) => c.status !== "canceled").length,
        sales: sum(ledgerLines.map((l) => Number(l.gross))),
        contribution: sum(ledgerLines.map((l) => Number(l.commission))),
        net: sum(ledgerLines.map((l) => Number(l.net))),
        vat: sum(mine.filter((c) => c.status !== "canceled").map((c) => vatOf.get(c.id) ?? 0)),
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, "it"))
  const r = ctx.round
  return {
    round: { id: r.id, name: r.name ?? null, starts_at: new Date(r.starts_at).toISOString(), ends_at: new Date(r.ends_at).toISOString(), status: r.status },
    makers,
    totals: {
      orders: orders.length,
      sales: sum(makers.map((m) => m.sales)),
      contribution: sum(makers.map((m) => m.contribution)),
      net: sum(makers.map((m) => m.net)),
      vat: sum(makers.map((m) => m.vat)),
      fund: sum(fund.map((f) => Number(f.amount))),
      delivery_fees: sum((parents as any[]).map((p) => cents(p.shipping_total))),
      cash_to_collect: sum(orders.map((o) => o.amount_to_collect)),
    },
  }
}

const euros = (c: number) => (c / 100).toFixed(2)

/** The report for a spreadsheet: one row per maker, the round's total, then the round-wide amounts; euro with a dot. */
export function roundReportCsv(report: RoundReport): string {
  const t = report.totals
  return toCsv(
    ["maker", "orders", "sales_eur", "network_contribution_eur", "maker_net_eur", "vat_eur"],
    [
      ...report.makers.map((m) => [m.name, m.orders, euros(m.sales), euros(m.contribution), euros(m.net), euros(m.vat)]),
      ["TOTAL", t.orders, euros(t.sales), euros(t.contribution), euros(t.net), euros(t.vat)],
      [],
      ["fund_eur", euros(t.fund)],
      ["delivery_fees_eur", euros(t.delivery_fees)],
      ["cash_to_collect_eur", euros(t.cash_to_collect)],
    ]
  )
}
