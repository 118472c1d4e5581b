import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { EventOutcome, StripeEventInput } from "./apply-account-update"

export const findStripeEventStepId = "find-stripe-event"

/** Whether this event id was already processed (a redelivery or a replay). */
export const findStripeEventStep = createStep(findStripeEventStepId, async (event: StripeEventInput, { container }) => {
  const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const [seen] = await service.listStripeWebhookEvents({ stripe_event_id: event.id }, { take: 1 })
  return new StepResponse(Boolean(seen))
})

export const recordStripeEventStepId = "record-stripe-event"

/** Remembers the event id; the unique index makes a concurrent duplicate fail and roll back. */
export const recordStripeEventStep = createStep(
  recordStripeEventStepId,
  async (input: { event: StripeEventInput; outcome: EventOutcome }, { container }) => {
    if (input.outcome === "duplicate") return new StepResponse(null, null)
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const row = await service.createStripeWebhookEvents({ stripe_event_id: input.event.id, type: input.event.type, event_created: input.event.created, outcome: input.outcome })
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.deleteStripeWebhookEvents(id)
  }
)
