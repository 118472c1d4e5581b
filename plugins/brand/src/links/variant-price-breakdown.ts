import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BrandModule from "../modules/brand"

// `variant.price_breakdown`: the breakdown of that variant's own price, keyed by the variant's id.
export default defineLink(
  { linkable: ProductModule.linkable.productVariant, field: "id" },
  { linkable: BrandModule.linkable.priceBreakdown, alias: "price_breakdown" },
  { readOnly: true }
)
