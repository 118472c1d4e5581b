import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import DeliveryModule from "../modules/delivery"

// The makers' child orders riding with a resident's order on its stop (recorded when the vendors plugin announces the split).
export default defineLink(DeliveryModule.linkable.deliveryStopOrder, { linkable: OrderModule.linkable.order, isList: true })
