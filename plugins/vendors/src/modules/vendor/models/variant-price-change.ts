import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"
import { VendorMember } from "./vendor-member"

// What a maker's price was and became, and which member changed it. Written by the workflow
// step that changes the price; never edited. Orders keep their own amounts, so this is the
// only place an old price lives on. Amounts are integer minor units (cents).
export const VariantPriceChange = model
  .define("variant_price_change", {
    id: model.id({ prefix: "vpch" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    variant_title: model.text(),
    currency_code: model.text(),
    previous_amount: model.number(),
    amount: model.number(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "price_changes" }),
    member: model.belongsTo(() => VendorMember, { mappedBy: "price_changes" }),
  })
  .indexes([{ on: ["product_id", "created_at"] }])
