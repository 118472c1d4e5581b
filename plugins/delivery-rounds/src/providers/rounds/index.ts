import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { DeliveryRoundsProviderService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [DeliveryRoundsProviderService] })
