import type { MedusaResponse } from "@medusajs/framework/http"
import { statementCsv } from "../../../../lib/statement-csv"
import type { VendorRequest } from "../../../utils/vendor-context"
import { vendorStatement } from "../query"

// GET /vendor/statement/csv?from&to → the statement of GET /vendor/statement as a CSV file.
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as { from?: Date; to?: Date }
  const { lines } = await vendorStatement(req.scope, req.vendor_context.vendor.id, { from, to })
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="estratto-conto-${req.vendor_context.vendor.handle}.csv"`)
  res.send(statementCsv(lines))
}
