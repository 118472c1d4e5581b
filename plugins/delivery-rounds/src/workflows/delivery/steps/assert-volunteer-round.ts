import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const assertVolunteerRoundStepId = "assert-volunteer-round"

/** Riders act only on their rounds, planners on all; anyone else's round answers 404, like a missing one. */
export const assertVolunteerRoundStep = createStep(
  assertVolunteerRoundStepId,
  async (input: { volunteer_id?: string | null; round_id: string }, { container }) => {
    if (!input.volunteer_id) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    if (!(await service.volunteerSeesRound(input.volunteer_id, input.round_id))) {
      throw refusal(MedusaError.Types.NOT_FOUND, "round_not_found", `Delivery round ${input.round_id} was not found`, "round_id")
    }
  }
)
