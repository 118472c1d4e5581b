import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import { addressChoice, roundOptionsOf } from "./round-choice"

// A round's option is only accepted for a cart it can serve: open, before cutoff, with room, in zone.
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const optionIds = (input.options ?? []).map((o: { id: string }) => o.id)
  const chosen = await roundOptionsOf(container, optionIds)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  for (const option of chosen) {
    const refusal = await service.whyRoundRefuses(option.round_id, {
      pickup_point_id: option.pickup_point_id ?? null,
      ...addressChoice((cart as any).shipping_address),
    })
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
})
