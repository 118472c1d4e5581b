import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BrandModule from "../modules/brand"

// `product.brand` ({ certified, criteria }) in store responses: the read model row that has the
// product's id, joined by Query in the same request (no link table: read-only).
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { linkable: BrandModule.linkable.productBrand, alias: "brand" },
  { readOnly: true }
)
