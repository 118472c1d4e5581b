import { moduleSteps } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

/** Create, update and soft-delete steps of the delivery module's models (@rbv/kit moduleSteps). */
export const deliverySteps = moduleSteps<DeliveryModuleService>(DELIVERY_MODULE)
