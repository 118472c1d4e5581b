import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { assertExist } from "./validate-round-references"
import { refusal } from "@rbv/kit"

export const validateTemplateReferencesStepId = "validate-round-template-references"

/** The template's zones and pickup points exist and its window ends after it starts. */
export const validateTemplateReferencesStep = createStep(
  validateTemplateReferencesStepId,
  async (input: { start_time: string; end_time: string; zone_ids: string[]; pickup_point_ids?: string[] }, { container }) => {
    if (input.end_time <= input.start_time) {
      throw refusal(MedusaError.Types.INVALID_DATA, "window_ends_before_start", "end_time: the delivery window must end after it starts", "end_time")
    }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await assertExist(service, input.zone_ids, input.pickup_point_ids ?? [])
  }
)
