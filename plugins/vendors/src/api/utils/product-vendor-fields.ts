import { withQueryFields } from "@rbv/kit"

/** Store product responses always say who made the product (the vendor–product link). */
export const withProductVendor = withQueryFields(() => ["vendor.id", "vendor.handle", "vendor.name"])
