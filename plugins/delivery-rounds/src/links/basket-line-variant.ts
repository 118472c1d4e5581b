import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BasketModule from "../modules/basket"

// A basket line names a product variant (read-only: a variant gone is a line left out at cutoff).
export default defineLink({ linkable: BasketModule.linkable.basketLine, field: "variant_id" }, ProductModule.linkable.productVariant, { readOnly: true })
