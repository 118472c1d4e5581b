export const VendorEvents = {
  APPLIED: "vendor.applied",
  STATUS_CHANGED: "vendor.status_changed",
  ORDER_SPLIT: "vendor.order_split",
  ORDER_READY: "vendor.order_ready",
  ORDER_UNREADY: "vendor.order_unready",
  ORDER_CANCELLED: "vendor.order_cancelled",
  MEMBER_INVITED: "vendor.member_invited",
} as const
