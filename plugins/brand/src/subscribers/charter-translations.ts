import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, StorefrontTags as T } from "@rbv/kit"

/**
 * A criterion translated in the admin (Settings → Translations) changes the brand page and the
 * criteria listed on product pages; a translation already gone could have been one: both then.
 */
export default async function charterTranslationChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "translation", fields: ["id", "reference"], filters: { id: event.data.id }, withDeleted: true })
  const reference = (data[0] as { reference?: string } | undefined)?.reference
  if (reference && reference !== "charter_criterion") return
  await revalidateStorefront([T.brand, T.productDetails], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: ["translation.created", "translation.updated", "translation.deleted"] }
