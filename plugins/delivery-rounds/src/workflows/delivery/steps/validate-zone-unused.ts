import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { refusal } from "@rbv/kit"

const UNFINISHED = ["open", "closed", "planned", "in_progress"]

export const validateZoneUnusedStepId = "validate-delivery-zone-unused"

/** A zone still served by a round that is not finished cannot go away. */
export const validateZoneUnusedStep = createStep(validateZoneUnusedStepId, async (input: { id: string }, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const zone = await service.retrieveDeliveryZone(input.id, { relations: ["rounds"] })
  const using = zone.rounds.filter((r) => UNFINISHED.includes(r.status))
  if (using.length) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "zone_in_use", `The zone is served by ${using.length} round(s) not yet completed; cancel or change them first`)
  }
})
