import { model } from "@medusajs/framework/utils"

// What an artisan says about one product: which charter criteria it meets (it carries the mark
// only while the shop is certified) and the parts of the price they control, in cents.
export const ProductClaim = model
  .define("product_claim", {
    id: model.id({ prefix: "pclaim" }).primaryKey(),
    product_id: model.text(),
    vendor_id: model.text(),
    criteria: model.json(),
    materials: model.number().nullable(),
    labour: model.number().nullable(),
    margin: model.number().nullable(),
  })
  .indexes([{ on: ["product_id"], unique: true }, { on: ["vendor_id"] }])
