import { model } from "@medusajs/framework/utils"

export const BELOW_MINIMUM = ["release", "keep"] as const

/**
 * The least a maker's part of one round must be worth (goods, VAT included, in the currency's
 * unit) for the maker to make it, and what happens at cutoff when it is not reached: the part is
 * released (its orders cancelled, the residents told) or kept and made anyway.
 */
export const MakerMinimum = model.define("maker_minimum", {
  id: model.id({ prefix: "mmin" }).primaryKey(),
  vendor_id: model.text().unique("IDX_maker_minimum_vendor_id_unique"),
  amount: model.bigNumber(),
  below: model.enum([...BELOW_MINIMUM]).default("keep"),
})
