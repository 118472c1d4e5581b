import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BrandEvents } from "../workflows/events"
import { notifyReviewOutcomeWorkflow } from "../workflows/certification/workflows/notify-review-outcome"

export default async function notifyOnCertificationReviewed({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyReviewOutcomeWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: BrandEvents.CERTIFICATION_REVIEWED }
