import { MedusaService } from "@medusajs/framework/utils"
import { CommissionLine } from "./models/commission-line"
import { CommissionPolicy } from "./models/commission-policy"
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
}) {
  /** The rate in force for a vendor now: its own override, else the network's default. */
  async commissionRateFor(vendorId: string): Promise<number> {
    const vendor = await this.retrieveVendor(vendorId)
    if (vendor.commission_rate_bps !== null && vendor.commission_rate_bps !== undefined) return vendor.commission_rate_bps
    const [policy] = await this.listCommissionPolicies({}, { take: 1 })
    return policy?.default_rate_bps ?? DEFAULT_COMMISSION_BPS
  }
}
