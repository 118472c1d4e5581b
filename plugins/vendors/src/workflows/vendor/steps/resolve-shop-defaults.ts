import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"

export const resolveShopDefaultsStepId = "resolve-shop-defaults"

/** Where a vendor's new product is sold, shipped from and stocked: the network's shop. */
export const resolveShopDefaultsStep = createStep(resolveShopDefaultsStepId, async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const salesChannelId = store?.default_sales_channel_id
  if (!salesChannelId) throw refusal(MedusaError.Types.NOT_FOUND, "sales_channel_not_found", "The shop has no default sales channel")
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId },
  })
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  return new StepResponse({
    sales_channel_id: salesChannelId,
    location_id: (channels[0]?.stock_locations?.[0]?.id as string | undefined) ?? null,
    shipping_profile_id: (profiles[0]?.id as string | undefined) ?? null,
  })
})
