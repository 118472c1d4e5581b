import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorOrderLink from "../../../links/vendor-order"

export const findVendorOrderIdsStepId = "find-vendor-order-ids"

/**
 * The makers' child orders among `order_ids` (all of them when not given). In a step because a
 * link's entry point is only known once the app has loaded its links.
 */
export const findVendorOrderIdsStep = createStep(findVendorOrderIdsStepId, async (input: { order_ids?: string[] }, { container }) => {
  if (input.order_ids && !input.order_ids.length) return new StepResponse([] as string[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: VendorOrderLink.entryPoint,
    fields: ["order_id"],
    ...(input.order_ids ? { filters: { order_id: input.order_ids } } : {}),
  })
  return new StepResponse([...new Set(data.map((l: { order_id: string }) => l.order_id))])
})
