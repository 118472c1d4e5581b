import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BASKET_MODULE } from "../../../modules/basket"
import type BasketModuleService from "../../../modules/basket/service"
import type { PreparedBasket } from "./prepare-basket"

export const writeBasketStepId = "write-basket"

type Snapshot = { id: string; created: boolean; fields?: Record<string, unknown>; lines?: { variant_id: string; quantity: number }[] }
const FIELDS = ["cadence", "cadence_from", "delivery", "address", "pickup_point_id", "payment", "payment_method_id", "card", "status", "locale", "region_id", "sales_channel_id", "email"] as const

/** Creates the basket, or writes the prepared basket over it (its lines replaced); compensation puts back what was there. */
export const writeBasketStep = createStep(
  writeBasketStepId,
  async (input: { basket_id?: string; basket: PreparedBasket }, { container }) => {
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    const { lines, ...fields } = input.basket
    if (!input.basket_id) {
      const created = await service.createBaskets(fields as any)
      await service.createBasketLines(lines.map((l) => ({ ...l, basket_id: created.id })))
      return new StepResponse({ id: created.id }, { id: created.id, created: true } as Snapshot)
    }
    const before = await service.retrieveBasket(input.basket_id, { relations: ["lines"] })
    await service.updateBaskets({ id: input.basket_id, ...Object.fromEntries(FIELDS.map((k) => [k, (fields as any)[k]])) } as any)
    await service.deleteBasketLines(before.lines.map((l) => l.id))
    await service.createBasketLines(lines.map((l) => ({ ...l, basket_id: input.basket_id! })))
    const snapshot: Snapshot = {
      id: before.id,
      created: false,
      fields: Object.fromEntries(FIELDS.map((k) => [k, (before as any)[k]])),
      lines: before.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    }
    return new StepResponse({ id: input.basket_id }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: BasketModuleService = container.resolve(BASKET_MODULE)
    if (snapshot.created) return void (await service.deleteBaskets(snapshot.id))
    const current = await service.listBasketLines({ basket_id: snapshot.id }, { take: null })
    await service.deleteBasketLines(current.map((l) => l.id))
    await service.createBasketLines((snapshot.lines ?? []).map((l) => ({ ...l, basket_id: snapshot.id })))
    await service.updateBaskets({ id: snapshot.id, ...snapshot.fields } as any)
  }
)
