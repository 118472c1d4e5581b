import { districtDay, toCsv } from "@rbv/kit"
import { euros } from "./bank-batch-csv"

export type StatementCsvLine = {
  created_at: Date | string
  order_number: number | null
  kind: string
  gross: number
  rate_bps: number
  commission: number
  net: number
}

/** A maker's statement for a spreadsheet: one row per ledger line, amounts in euro with a dot. */
export function statementCsv(lines: StatementCsvLine[]): string {
  return toCsv(
    ["date", "order_number", "kind", "gross_eur", "rate_percent", "commission_eur", "net_eur"],
    lines.map((l) => [
      districtDay(l.created_at),
      l.order_number,
      l.kind,
      euros(l.gross),
      (l.rate_bps / 100).toFixed(2),
      euros(l.commission),
      euros(l.net),
    ])
  )
}
