import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

export const VendorInvite = model.define("vendor_invite", {
  id: model.id({ prefix: "vinv" }).primaryKey(),
  email: model.text(),
  role: model.enum(["owner", "member"]).default("member"),
  // SHA-256 of the one-time token (@rbv/kit hashSecret): the link itself is shown once, to the owner.
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "invites" }),
})
