import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { batchWantsOf, type BatchLine } from "../../../lib/batch-wants"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const takeBatchUnitsStepId = "take-delivery-round-batch-units"

export type TakeBatchUnitsInput = { round_id: string; cart_id: string; lines: BatchLine[] }

/**
 * The units of each maker's batch this cart asks for in its round, taken atomically like the
 * round's drops: what does not fit refuses the checkout (naming what is short) and takes nothing.
 * Compensation gives the units back.
 */
export const takeBatchUnitsStep = createStep(
  takeBatchUnitsStepId,
  async (input: TakeBatchUnitsInput, { container }) => {
    const wants = await batchWantsOf(container, input.lines)
    if (!wants.length) return new StepResponse([] as string[], [] as string[])
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const { claim_ids, short } = await service.takeBatchUnits(input.round_id, input.cart_id, wants)
    if (short.length) {
      const names = short.map((s) => `${wants.find((w) => w.batch_limit_id === s.batch_limit_id)?.name} (${s.left} left, ${s.quantity} asked)`)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Not enough left for this round: ${names.join(", ")}. Choose another round`, "batch_sold_out")
    }
    return new StepResponse(claim_ids, claim_ids)
  },
  async (claimIds, { container }) => {
    if (!claimIds?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.releaseBatchClaims(claimIds)
  }
)
