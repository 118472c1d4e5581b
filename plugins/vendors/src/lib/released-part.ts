/**
 * A maker's part taken out of a resident's order (its child order cancelled, e.g. a round's minimum
 * not reached): the parent order carries a Medusa credit line with this reference and the maker's id,
 * so its total — what the rider collects, what the fund's share is taken on — drops by the part.
 */
/** The reason a part released at a round's cutoff carries (the round already told the residents). */
export const ROUND_MINIMUM_REASON = "round_minimum_not_reached"

export const RELEASED_PART_REFERENCE = "maker_part_released"

/** The refund reason of a card refund for a released part (the fund reverses such refunds by the part, not pro rata). */
export const RELEASED_PART_REFUND_CODE = "maker_part_released"
export const RELEASED_PART_REFUND_LABEL = "Parte di un artigiano annullata"

/** The reason a part carries when its resident's whole order was cancelled (by the resident or a coordinator). */
export const ORDER_CANCELLED_REASON = "order_cancelled"

/** The reason a part carries when the coordinators cancelled it with Medusa's own Cancel in the admin. */
export const COORDINATOR_REASON = "Annullata dal coordinamento della rete."
