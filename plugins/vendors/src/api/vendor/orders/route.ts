import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorOrdersQuery } from "../validators"
import { listVendorOrders } from "./query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { limit, offset, stage, order } = req.validatedQuery as VendorOrdersQuery
  const { orders, count, counts } = await listVendorOrders(req.scope, req.vendor_context.vendor.id, { limit, offset, stages: stage, oldestFirst: order === "created_at" })
  res.json({ orders, count, counts, limit, offset })
}
