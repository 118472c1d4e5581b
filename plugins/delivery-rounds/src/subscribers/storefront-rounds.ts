import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, StorefrontTags } from "@rbv/kit"
import { DeliveryEvents } from "../workflows/events"

/** Rounds opened, changed, closed or filling up: whatever the storefront caches about them (tag `rounds`). */
export default async function revalidateRounds({ container }: SubscriberArgs<{ id: string }>) {
  await revalidateStorefront([StorefrontTags.rounds], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [DeliveryEvents.ROUND_CREATED, DeliveryEvents.ROUND_UPDATED, DeliveryEvents.ROUND_STATUS_CHANGED, DeliveryEvents.ROUND_DROP_TAKEN],
}
