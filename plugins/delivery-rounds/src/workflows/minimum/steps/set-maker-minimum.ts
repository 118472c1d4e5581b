import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const setMakerMinimumStepId = "set-maker-round-minimum"

type Minimum = { amount: number; below: "release" | "keep" }

/** The maker's minimum per round becomes this one (null: no minimum); compensation puts the previous one back. */
export const setMakerMinimumStep = createStep(
  setMakerMinimumStepId,
  async (input: { vendor_id: string; minimum: Minimum | null }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [before] = await service.listMakerMinimums({ vendor_id: input.vendor_id }, { take: 1 })
    const previous = before ? { amount: Number(before.amount), below: before.below as Minimum["below"] } : null
    if (!input.minimum) {
      if (before) await service.deleteMakerMinimums(before.id)
    } else if (before) {
      await service.updateMakerMinimums({ id: before.id, ...input.minimum })
    } else {
      await service.createMakerMinimums({ vendor_id: input.vendor_id, ...input.minimum })
    }
    return new StepResponse(input.minimum, { vendor_id: input.vendor_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [now] = await service.listMakerMinimums({ vendor_id: undo.vendor_id }, { take: 1 })
    if (now) await service.deleteMakerMinimums(now.id)
    if (undo.previous) await service.createMakerMinimums({ vendor_id: undo.vendor_id, ...undo.previous })
  }
)
