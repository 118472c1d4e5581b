import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseOnPart, type OrderRef } from "../../lib/part-of-order"

const bodyOf = (req: MedusaRequest) => (req.body ?? {}) as Record<string, unknown>
const asId = (value: unknown) => (typeof value === "string" && value ? value : undefined)

/** Where each of Medusa's admin order actions names its order, and the field the refusal points at. */
const LOCATORS = {
  param: { field: "id", ref: (req: MedusaRequest) => asId(req.params.id) && { order_id: req.params.id } },
  body: { field: "order_id", ref: (req: MedusaRequest) => asId(bodyOf(req).order_id) && { order_id: bodyOf(req).order_id as string } },
  lineItem: { field: "line_item_id", ref: (req: MedusaRequest) => asId(bodyOf(req).line_item_id) && { line_item_id: bodyOf(req).line_item_id as string } },
} as const

/** In front of a core admin route: a maker's part is refused (lib/part-of-order says why), anything else goes on. */
export const notOnAPart = (where: keyof typeof LOCATORS) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  try {
    const { field, ref } = LOCATORS[where]
    const named = ref(req) as OrderRef | undefined
    if (named) await refuseOnPart(req.scope, named, field)
    next()
  } catch (error) {
    next(error)
  }
}
