import "server-only"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"

/** Amounts in integer cents, as the fund's ledger keeps them. */
export type StoreFund = {
  currency_code: string
  balance: number
  share_bps: number
  totals?: { contributions: number; roundups: number; reversals: number; disbursements: number }
  months: { month: string; in: number; out: number }[]
  disbursements: { id: string; amount: number; purpose: string | null; beneficiary_project: string | null; occurred_at: string }[]
}

export async function retrieveFund(): Promise<StoreFund> {
  const { fund } = await sdk.client.fetch<{ fund: StoreFund }>("/store/brand/fund", { headers: {}, ...cachedWith(CacheTags.fund) })
  return fund
}
