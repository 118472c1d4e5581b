import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { districtDay } from "@rbv/kit"
import { roundReport, roundReportCsv } from "../../../../../../lib/round-report"
import { refetchRound } from "../../route"

// GET /admin/delivery-rounds/:id/report/csv → the same report as a CSV file.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const round = await refetchRound(req, req.params.id)
  const report = await roundReport(req.scope, req.params.id)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="resoconto-giro-${districtDay(round.starts_at)}.csv"`)
  res.send(roundReportCsv(report))
}
