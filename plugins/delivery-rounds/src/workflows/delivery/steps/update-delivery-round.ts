import { toRoundWrite } from "../../../modules/delivery/round-refs"
import type { UpdateDeliveryRoundInput } from "../workflows/update-delivery-round"
import { deliverySteps } from "./delivery-module-steps"

export type UpdateDeliveryRoundStepInput = UpdateDeliveryRoundInput

export const updateDeliveryRoundStepId = "update-delivery-round"

// What the update changes, as it was (zones, pickup points and volunteers by id): the compensation puts it back.
export const updateDeliveryRoundStep = deliverySteps.update(
  updateDeliveryRoundStepId,
  (service, id) => service.retrieveRoundWithRefs(id),
  (service, input: UpdateDeliveryRoundStepInput) => service.updateDeliveryRounds(toRoundWrite(input))
)
