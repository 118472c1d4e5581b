import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { ROUND_TRANSITIONS, type RoundStatus } from "../../../modules/delivery/round-rules"
import { refusal } from "@rbv/kit"

export const validateRoundStatusChangeStepId = "validate-delivery-round-status-change"

export const validateRoundStatusChangeStep = createStep(
  validateRoundStatusChangeStepId,
  async (input: { round_id: string; status: RoundStatus }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const round = await service.retrieveDeliveryRound(input.round_id)
    if (!ROUND_TRANSITIONS[round.status as RoundStatus].includes(input.status)) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "status_change_refused", `A round that is ${round.status} cannot become ${input.status}`, "status")
    }
  }
)
