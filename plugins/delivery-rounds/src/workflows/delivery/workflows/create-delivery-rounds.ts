import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { createDeliveryRoundsStep } from "../steps/create-delivery-rounds"
import { validateRoundReferencesStep } from "../steps/validate-round-references"
import { syncRoundShippingOptionsWorkflow } from "./sync-round-shipping-options"

/** What a round and a weekly template both say about the service. */
export type RoundServiceInput = {
  max_drops: number
  max_weight_g?: number | null
  vehicle_profile?: "foot" | "bike" | "cargo_bike" | "van"
  collection_mode?: "hub_dropoff" | "workshop_pickup"
  delivery_fee?: number
  zone_ids: string[]
  pickup_point_ids?: string[]
}
export type DeliveryRoundInput = RoundServiceInput & {
  name?: string | null
  starts_at: Date | string
  ends_at: Date | string
  cutoff_at: Date | string
  dropoff_deadline?: Date | string | null
  volunteer_ids?: string[]
  template_id?: string | null
}
export type CreateDeliveryRoundsInput = { rounds: DeliveryRoundInput[] }

export const createDeliveryRoundsWorkflowId = "create-delivery-rounds"

export const createDeliveryRoundsWorkflow = createWorkflow(createDeliveryRoundsWorkflowId, (input: CreateDeliveryRoundsInput) => {
  validateRoundReferencesStep(input)
  const rounds = createDeliveryRoundsStep(input.rounds)
  syncRoundShippingOptionsWorkflow.runAsStep({
    input: transform({ rounds }, ({ rounds }) => ({ round_ids: rounds.map((r: { id: string }) => r.id) })),
  })
  emitEventStep({
    eventName: DeliveryEvents.ROUND_CREATED,
    data: transform({ rounds }, ({ rounds }) => rounds.map((r: { id: string }) => ({ id: r.id }))),
  })
  return new WorkflowResponse(rounds)
})
