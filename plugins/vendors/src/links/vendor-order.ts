import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import VendorModule from "../modules/vendor"

// A vendor's child orders: the part of a resident's order that this maker prepares.
export default defineLink(VendorModule.linkable.vendor, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
