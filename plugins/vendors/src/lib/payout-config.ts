// How long a delivered order waits before its maker is paid (complaints, returns): 7 days by
// default; PAYOUT_HOLD_HOURS=0 pays at the next run (tests, or a network that trusts itself).
export function payoutHoldHours(): number {
  const raw = process.env.PAYOUT_HOLD_HOURS
  const hours = raw === undefined || raw === "" ? 168 : Number(raw)
  return Number.isFinite(hours) && hours >= 0 ? hours : 168
}

export const eligibleAfterHold = (deliveredAt: Date) => new Date(deliveredAt.getTime() + payoutHoldHours() * 3_600_000)
