import { MedusaService } from "@medusajs/framework/utils"
import { CommissionLine } from "./models/commission-line"
import { CommissionPolicy } from "./models/commission-policy"
import { VariantPriceChange } from "./models/variant-price-change"
import { Vendor } from "./models/vendor"
import { VendorInvite } from "./models/vendor-invite"
import { VendorMember } from "./models/vendor-member"

export const DEFAULT_COMMISSION_BPS = 1000

export default class VendorModuleService extends MedusaService({
  Vendor,
  VendorMember,
  VendorInvite,
  CommissionLine,
  CommissionPolicy,
  VariantPriceChange,
}) {
  /** The rate in force for a vendor now: its own override, else the network's default. */
  async commissionRateFor(vendorId: string): Promise<number> {
    const vendor = await this.retrieveVendor(vendorId)
    if (vendor.commission_rate_bps !== null && vendor.commission_rate_bps !== undefined) return vendor.commission_rate_bps
    const [policy] = await this.listCommissionPolicies({}, { take: 1 })
    return policy?.default_rate_bps ?? DEFAULT_COMMISSION_BPS
  }

  /** Sales, network contribution and net for a period; reversal lines carry negative amounts. */
  async statementFor(vendorId: string, { from, to }: { from?: Date; to?: Date } = {}) {
    const created_at = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
    const lines = await this.listCommissionLines(
      { vendor_id: vendorId, ...(from || to ? { created_at } : {}) },
      { order: { created_at: "ASC" } }
    )
    const totals = lines.reduce(
      (t, l) => ({ gross: t.gross + l.gross, commission: t.commission + l.commission, net: t.net + l.net }),
      { gross: 0, commission: 0, net: 0 }
    )
    return { from: from ?? null, to: to ?? null, currency_code: lines[0]?.currency_code ?? "eur", orders: lines.length, totals, lines }
  }
}
