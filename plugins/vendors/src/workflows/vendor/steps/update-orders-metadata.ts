import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const updateOrdersMetadataStepId = "update-vendor-orders-metadata"

type MetadataUpdate = { id: string; metadata: Record<string, unknown> }

/** Each order its own metadata (core's updateOrdersStep gives every order the same update). */
export const updateOrdersMetadataStep = createStep(
  updateOrdersMetadataStepId,
  async (input: { updates: MetadataUpdate[]; previous: MetadataUpdate[] }, { container }) => {
    if (!input.updates.length) return new StepResponse([], [])
    await container.resolve(Modules.ORDER).updateOrders(input.updates as any)
    return new StepResponse(input.updates.map((u) => u.id), input.previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve(Modules.ORDER).updateOrders(previous as any)
  }
)
