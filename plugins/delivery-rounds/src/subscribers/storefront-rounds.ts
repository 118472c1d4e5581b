import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, StorefrontTags } from "@rbv/kit"
import { DeliveryEvents } from "../workflows/events"

/** Rounds opened, changed or closed: whatever the storefront caches about them (tag `rounds`; places left are read per request at checkout). */
export default async function revalidateRounds({ container }: SubscriberArgs<{ id: string }>) {
  await revalidateStorefront([StorefrontTags.rounds], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [DeliveryEvents.ROUND_CREATED, DeliveryEvents.ROUND_UPDATED, DeliveryEvents.ROUND_STATUS_CHANGED],
}
