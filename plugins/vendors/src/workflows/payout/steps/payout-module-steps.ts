import { moduleSteps } from "@rbv/kit"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

/** Write steps of the payout module's models, each with the compensation that undoes it (@rbv/kit moduleSteps). */
export const payoutSteps = moduleSteps<PayoutModuleService>(PAYOUT_MODULE)
