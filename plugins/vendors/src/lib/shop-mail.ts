import type { MedusaContainer } from "@medusajs/framework/types"
import type { MailRecipient } from "@rbv/kit"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"

export const VendorMailTemplates = {
  APPLIED: "vendor-applied",
  STATUS_CHANGED: "vendor-status-changed",
  MEMBER_INVITED: "vendor-member-invited",
  // To the resident: a maker weighed its part, here is the order's final amount.
  PART_WEIGHED: "vendor-part-weighed",
  // To the resident: a maker (or the coordinators) cancelled its part; the order's new total.
  PART_CANCELLED: "vendor-part-cancelled",
  // To the maker: its part was cancelled by someone else (the resident's whole order, or the coordinators): not to prepare.
  PART_WITHDRAWN: "vendor-part-withdrawn",
} as const

/** Where an invited shop member creates their login (the storefront's /bottega/invito). */
export const vendorInviteUrl = (token: string) => `${process.env.STOREFRONT_URL || "http://localhost:8000"}/bottega/invito?token=${encodeURIComponent(token)}`

/** A shop's mail goes to its contact address and to its owners, in the shop's language. */
export async function shopRecipients(container: MedusaContainer, vendorId: string) {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const vendor = await service.retrieveVendor(vendorId)
  const owners = await service.listVendorMembers({ vendor_id: vendorId, role: "owner" } as any)
  const locale = vendor.mail_locale
  const to: MailRecipient[] = [{ email: vendor.email, locale }, ...owners.map((m) => ({ email: m.email, locale }))]
  return { vendor, to }
}
