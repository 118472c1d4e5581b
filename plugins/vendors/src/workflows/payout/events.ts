export const PayoutEvents = {
  PAYOUT_CREATED: "payout.created",
  PAYOUT_PAID: "payout.paid",
  ACCOUNT_UPDATED: "payout.account_updated",
  CASH_COLLECTED: "payout.cash_recorded",
} as const

/** Emitted by the delivery-rounds plugin when a volunteer records cash taken at the door. */
export const CASH_COLLECTED_EVENT = "delivery_round.cash_collected"
