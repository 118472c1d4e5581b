import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { districtDay, toCsv } from "@rbv/kit"
import { fundSummary } from "../../../../fund-summary"

// For the network's accounts: one line per movement, amounts in euro with a dot.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { entries } = await fundSummary(req.scope)
  const csv = toCsv(
    ["data", "tipo", "importo_eur", "ordine", "scopo", "progetto"],
    entries.map((e) => [districtDay(e.occurred_at), e.kind, (e.amount / 100).toFixed(2), e.order_id, e.purpose, e.beneficiary_project])
  )
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", 'attachment; filename="fondo-di-solidarieta.csv"')
  res.send(csv)
}
