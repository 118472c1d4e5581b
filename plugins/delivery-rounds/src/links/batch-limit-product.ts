import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DeliveryModule from "../modules/delivery"

// A batch limit covers one product or a group of products; a product counts against one limit.
export default defineLink(DeliveryModule.linkable.batchLimit, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
