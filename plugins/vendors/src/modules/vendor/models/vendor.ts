import { model } from "@medusajs/framework/utils"
import { VariantPriceChange } from "./variant-price-change"
import { VendorInvite } from "./vendor-invite"
import { VendorMember } from "./vendor-member"

export const VENDOR_STATUSES = ["pending", "approved", "rejected", "suspended"] as const

/** The languages a shop's e-mails are written in (@rbv/mail's). */
export const VENDOR_MAIL_LOCALES = ["it", "en"] as const

export const Vendor = model.define("vendor", {
  id: model.id({ prefix: "ven" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  status: model.enum([...VENDOR_STATUSES]).default("pending"),
  status_reason: model.text().nullable(),
  // In English through Medusa's Translation Module (admin → Translations; the maker in /bottega).
  craft: model.text().translatable(),
  story: model.text().translatable().nullable(),
  email: model.text(),
  // The language of the e-mails to the shop (its contact address and its owners): chosen in /bottega, first the one it applied in.
  mail_locale: model.enum([...VENDOR_MAIL_LOCALES]).default("it"),
  phone: model.text().nullable(),
  address_1: model.text(),
  postal_code: model.text(),
  city: model.text().default("Verona"),
  lat: model.float().nullable(),
  lng: model.float().nullable(),
  logo_url: model.text().nullable(),
  closure_from: model.dateTime().nullable(),
  closure_to: model.dateTime().nullable(),
  closure_note: model.text().translatable().nullable(),
  // Basis points (1000 = 10%); null means the network's default rate.
  commission_rate_bps: model.number().nullable(),
  members: model.hasMany(() => VendorMember),
  invites: model.hasMany(() => VendorInvite),
  price_changes: model.hasMany(() => VariantPriceChange, { mappedBy: "vendor" }),
})
