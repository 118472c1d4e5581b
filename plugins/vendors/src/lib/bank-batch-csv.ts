import { toCsv } from "@rbv/kit"

// The coordinators' bank-transfer batch: one line per payout with what a SEPA credit transfer
// needs (beneficiary, IBAN, amount in euro with a dot, currency, remittance reference).
export type BankTransferRow = { payout_id: string; beneficiary: string; iban: string; amount: number; currency_code: string; reference: string }

export const euros = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`

export function bankBatchCsv(rows: BankTransferRow[]): string {
  return toCsv(
    ["end_to_end_id", "beneficiary_name", "iban", "amount", "currency", "remittance_information"],
    rows.map((r) => [r.payout_id, r.beneficiary, r.iban, euros(r.amount), r.currency_code.toUpperCase(), r.reference.slice(0, 140)])
  )
}
