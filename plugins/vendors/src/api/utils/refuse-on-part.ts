import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseOnPart, type OrderRef } from "../../lib/part-of-order"

const idIn = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined)
const bodyField = (req: MedusaRequest, name: string) => idIn((req.body as Record<string, unknown> | undefined)?.[name])

const named = (key: "order_id" | "line_item_id", id: string | undefined) => (id ? ({ [key]: id } as OrderRef) : undefined)

/** Where each of Medusa's admin order actions names its order, and the field a refusal points at. */
const LOCATORS: Record<"param" | "body" | "lineItem", { field: string; ref: (req: MedusaRequest) => OrderRef | undefined }> = {
  param: { field: "id", ref: (req) => named("order_id", idIn(req.params.id)) },
  body: { field: "order_id", ref: (req) => named("order_id", bodyField(req, "order_id")) },
  lineItem: { field: "line_item_id", ref: (req) => named("line_item_id", bodyField(req, "line_item_id")) },
}

/** In front of a core admin route: a maker's part is refused (lib/part-of-order says why), anything else goes on. */
export const notOnAPart = (where: keyof typeof LOCATORS) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  try {
    const { field, ref } = LOCATORS[where]
    const order = ref(req)
    if (order) await refuseOnPart(req.scope, order, field, (req as AuthenticatedMedusaRequest).auth_context?.actor_id)
    next()
  } catch (error) {
    next(error)
  }
}
