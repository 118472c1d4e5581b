// What an Express account's state means for paying the maker.
export type AccountState = { stripe_status: "pending" | "enabled" | "restricted"; requirements_due: string[]; disabled_reason: string | null }

export function accountState(account: {
  payouts_enabled?: boolean
  details_submitted?: boolean
  capabilities?: { transfers?: string } | null
  requirements?: { currently_due?: string[] | null; past_due?: string[] | null; disabled_reason?: string | null } | null
}): AccountState {
  const due = [...new Set([...(account.requirements?.past_due ?? []), ...(account.requirements?.currently_due ?? [])])]
  const reason = account.requirements?.disabled_reason ?? null
  if (account.payouts_enabled && account.capabilities?.transfers === "active") return { stripe_status: "enabled", requirements_due: due, disabled_reason: null }
  if (account.details_submitted || (account.requirements?.past_due ?? []).length) return { stripe_status: "restricted", requirements_due: due, disabled_reason: reason }
  return { stripe_status: "pending", requirements_due: due, disabled_reason: reason }
}
