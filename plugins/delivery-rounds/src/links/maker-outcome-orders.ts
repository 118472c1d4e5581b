import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DeliveryModule from "../modules/delivery"

// The maker's child orders of the round its minimum was decided on.
export default defineLink(DeliveryModule.linkable.makerRoundOutcome, { linkable: OrderModule.linkable.order, isList: true })
