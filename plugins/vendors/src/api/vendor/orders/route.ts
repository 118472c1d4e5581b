import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../utils/vendor-context"
import { listVendorOrders } from "./query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const { orders, count } = await listVendorOrders(req.scope, req.vendor_context.vendor.id, { limit, offset })
  res.json({ orders, count, limit, offset })
}
