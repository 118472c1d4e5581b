import { toRoundWrite } from "../../../modules/delivery/round-refs"
import type { DeliveryRoundInput } from "../workflows/create-delivery-rounds"
import { deliverySteps } from "./delivery-module-steps"

export type CreateDeliveryRoundsStepInput = DeliveryRoundInput[]

export const createDeliveryRoundsStepId = "create-delivery-rounds"

export const createDeliveryRoundsStep = deliverySteps.create(
  createDeliveryRoundsStepId,
  (service, input: CreateDeliveryRoundsStepInput) => service.createDeliveryRounds(input.map(toRoundWrite)),
  (service, ids) => service.deleteDeliveryRounds(ids)
)
