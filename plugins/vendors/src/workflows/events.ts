export const VendorEvents = {
  APPLIED: "vendor.applied",
  STATUS_CHANGED: "vendor.status_changed",
  // what residents see of a shop changed (profile, holiday): the storefront revalidates its pages
  UPDATED: "vendor.updated",
  // network contribution rates (a shop's own, or the default when vendor_id is null)
  RATES_CHANGED: "vendor.rates_changed",
  ORDER_SPLIT: "vendor.order_split",
  ORDER_READY: "vendor.order_ready",
  ORDER_UNREADY: "vendor.order_unready",
  // A maker's part (child order) cancelled: { id, parent_order_id, reason, by ("maker" | "network": anyone else) }
  ORDER_CANCELLED: "vendor.order_cancelled",
  // A cancelled maker's part left its resident's order: { parent_order_id, vendor_id, amount (cents),
  // order_cancelled (no part left), paid_before (the card was captured before: the fund took its share of the part),
  // reason, by ("maker" | "network": the coordinators) }
  PART_RELEASED: "vendor.order_part_released",
  // A maker weighed its part (products sold by weight): { parent_order_id, order_id, vendor_id,
  // total_before, total_after, captured (cents or null), lines: [{ title, quantity, grams, estimate, amount, capped }] }
  PART_WEIGHED: "vendor.order_part_weighed",
  MEMBER_INVITED: "vendor.member_invited",
} as const
