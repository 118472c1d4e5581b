import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type StopUpdate = { id: string } & Record<string, unknown>

export const updateDeliveryStopsStepId = "update-delivery-stops"

/** Updates stops; the compensation puts back exactly the fields it changed. */
export const updateDeliveryStopsStep = createStep(
  updateDeliveryStopsStepId,
  async (updates: StopUpdate[], { container }) => {
    if (!updates.length) return new StepResponse([] as unknown[], [] as StopUpdate[])
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const before = (await service.listDeliveryStops({ id: updates.map((u) => u.id) }, { take: null })) as unknown as Record<string, unknown>[]
    const previous = updates.map((u) => {
      const old = before.find((b) => b.id === u.id) ?? {}
      return Object.fromEntries(Object.keys(u).map((k) => [k, old[k] ?? null])) as StopUpdate
    })
    const updated = (await service.updateDeliveryStops(updates as any)) as unknown as unknown[]
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryStops(previous as any)
  }
)
