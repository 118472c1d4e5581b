import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { allPartIds } from "../../lib/order-parts"

/**
 * Medusa's own order list (`GET /admin/orders`, the admin's Orders page, and its CSV export) lists the residents'
 * orders only: a maker's part is a child order of its resident's order, and listed beside it one purchase looked
 * like several orders. The parts are on their resident's order page (our widget) and stay reachable by id — a list
 * asked for by `id` is left as asked.
 */
export async function hidePartsFromOrderList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const filters = ((req as { filterableFields?: Record<string, unknown> }).filterableFields ??= {})
    if (filters.id === undefined) {
      const parts = await allPartIds(req.scope)
      if (parts.length) filters.id = { $nin: parts }
    }
    next()
  } catch (error) {
    next(error)
  }
}
