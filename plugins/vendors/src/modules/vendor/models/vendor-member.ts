import { model } from "@medusajs/framework/utils"
import { VariantPriceChange } from "./variant-price-change"
import { Vendor } from "./vendor"

export const VendorMember = model.define("vendor_member", {
  id: model.id({ prefix: "vmem" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  role: model.enum(["owner", "member"]).default("member"),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
  price_changes: model.hasMany(() => VariantPriceChange, { mappedBy: "member" }),
})
