import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa's own order list (`GET /admin/orders`, the admin's Orders page, and its CSV export) lists the residents'
 * orders only: a maker's part is a child order of its resident's order, and listed beside it one purchase looked
 * like several orders. The parts are on their resident's order page (our widget) and stay reachable by id — a list
 * asked for by `id` is left as asked. A part is the order whose metadata names its resident's order (as the split
 * made it): one condition in the list's own query, whatever the network's history.
 */
export function hidePartsFromOrderList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const filters = ((req as { filterableFields?: Record<string, unknown> }).filterableFields ??= {})
  if (filters.id === undefined) filters.metadata = { ...(filters.metadata as object | undefined), parent_order_id: null }
  next()
}
