import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

export const VendorInvite = model.define("vendor_invite", {
  id: model.id({ prefix: "vinv" }).primaryKey(),
  email: model.text(),
  role: model.enum(["owner", "member"]).default("member"),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "invites" }),
})
