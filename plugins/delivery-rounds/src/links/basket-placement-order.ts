import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BasketModule from "../modules/basket"

// The order a round's cutoff placed from a basket (read-only: the placement keeps the order's id).
export default defineLink({ linkable: BasketModule.linkable.basketPlacement, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
