import { defineLink } from "@medusajs/framework/utils"
import BasketModule from "../modules/basket"
import DeliveryModule from "../modules/delivery"

// What a round's cutoff did with a basket (read-only: the placement keeps the round's id).
export default defineLink({ linkable: BasketModule.linkable.basketPlacement, field: "round_id" }, DeliveryModule.linkable.deliveryRound, { readOnly: true })
