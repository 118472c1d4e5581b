import { retrieveVendorSession, retrieveStatementCsv } from "@/lib/data/bottega"
import { isStatementPeriod, statementRange } from "@/lib/util/statement-period"

// The statement as a CSV file, written by the API (formula-safe); the artisan's login stays in its httpOnly cookie.
export async function GET(request: Request) {
  const session = await retrieveVendorSession()
  if (!session || session.vendor.status !== "approved") return new Response(null, { status: 303, headers: { location: "/bottega" } })
  const raw = new URL(request.url).searchParams.get("periodo")
  const period = isStatementPeriod(raw) ? raw : "this_month"
  const csv = await retrieveStatementCsv(statementRange(period))
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="estratto-conto-${session.vendor.handle}-${period}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
