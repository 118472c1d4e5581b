import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import BasketModule from "../modules/basket"

// A basket belongs to one resident (read-only: the basket keeps the customer's id).
export default defineLink({ linkable: BasketModule.linkable.basket, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
