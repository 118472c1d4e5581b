import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import { addressChoice, roundOptionsOf } from "./round-choice"

/**
 * At completion, not only in the UI: the round must still be open and before cutoff, and a home
 * delivery takes one drop atomically (the last K drops go to exactly K carts). If creating the
 * order fails afterwards, the compensation gives the drop back.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: (cart as any).id } })
    if (links.length) return new StepResponse(null, null)

    const optionIds = ((cart as any).shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)
    const [choice] = await roundOptionsOf(container, optionIds)
    if (!choice) return new StepResponse(null, null)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const refusal = await service.whyRoundRefuses(choice.round_id, {
      pickup_point_id: choice.pickup_point_id ?? null,
      ...addressChoice((cart as any).shipping_address),
    })
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    if (choice.pickup_point_id) return new StepResponse(null, null)
    if (!(await service.takeDrop(choice.round_id))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This delivery round is full: choose another round or a pickup point")
    }
    return new StepResponse(choice.round_id, choice.round_id)
  },
  async (roundId, { container }) => {
    if (!roundId) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.releaseDrop(roundId)
  }
)
