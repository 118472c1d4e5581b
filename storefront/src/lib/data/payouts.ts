import "server-only"
import { vendorAuthHeaders } from "../cookies"
import { sdk } from "../medusa"

/** What /bottega/pagamenti reads: `GET /vendor/payouts` for the signed-in artisan's shop. */

export type PayoutStatus = "processing" | "paid" | "awaiting_bank_transfer" | "exported" | "offset" | "failed"
export type PayoutMethod = "stripe" | "bank_transfer" | "none"

export type PayoutItem = {
  id: string
  kind: "sale" | "refund" | "carry"
  order_id: string | null
  gross: number
  commission: number
  fund_share: number
  delivery_share: number
  net: number
  display_id: number | null
  parent_display_id: number | null
}

export type Payout = {
  id: string
  created_at: string
  paid_at: string | null
  amount: number
  currency_code: string
  method: PayoutMethod
  status: PayoutStatus
  items: PayoutItem[]
}

export type PayoutAccount = {
  stripe_available: boolean
  stripe_account_id: string | null
  stripe_status: "none" | "pending" | "enabled" | "restricted"
  requirements_due: string[]
  disabled_reason: string | null
  iban_last4: string | null
  account_holder: string | null
}

export type VendorPayouts = {
  payouts: Payout[]
  count: number
  balance: { pending: number; owed: number }
  account: PayoutAccount
}

export async function retrieveVendorPayouts(): Promise<VendorPayouts> {
  return sdk.client.fetch<VendorPayouts>("/vendor/payouts", { headers: await vendorAuthHeaders() })
}
