import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"

export const moveBasketsOffCardStepId = "move-baskets-off-card"

type Before = { id: string; payment: "saved_card"; payment_method_id: string; card: Record<string, unknown> | null }

/**
 * The resident's baskets paid with a card they remove go on, paid on delivery (always offered):
 * the next round's order still goes out, and the basket page says how it is paid. Compensation
 * puts the card back on them.
 */
export const moveBasketsOffCardStep = createStep(
  moveBasketsOffCardStepId,
  async (input: { customer_id: string; payment_method_id: string }, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const baskets = await service.listBaskets({ customer_id: input.customer_id, payment_method_id: input.payment_method_id }, { take: null })
    if (baskets.length) await service.updateBaskets(baskets.map((b) => ({ id: b.id, payment: "pay_on_delivery" as const, payment_method_id: null, card: null })))
    const before: Before[] = baskets.map((b) => ({ id: b.id, payment: "saved_card", payment_method_id: input.payment_method_id, card: (b.card ?? null) as Before["card"] }))
    return new StepResponse(baskets.map((b) => b.id), before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    await service.updateBaskets(before as any)
  }
)
