import { model } from "@medusajs/framework/utils"
import { BatchUsage } from "./batch-usage"

/**
 * What a maker can make for each round ("40 pagnotte per giro"), for one product or for a group
 * of products sharing the same oven (the products are linked, see links/batch-limit-product.ts).
 */
export const BatchLimit = model.define("batch_limit", {
  id: model.id({ prefix: "blim" }).primaryKey(),
  // The maker whose capacity this is: a plain id, so the plugin installs without the vendors plugin.
  vendor_id: model.text().index("IDX_batch_limit_vendor_id"),
  name: model.text(),
  quantity: model.number(),
  usages: model.hasMany(() => BatchUsage, { mappedBy: "batch_limit" }),
})
