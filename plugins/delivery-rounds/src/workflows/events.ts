export const DeliveryEvents = {
  ZONE_CREATED: "delivery.zone_created",
  ZONE_UPDATED: "delivery.zone_updated",
  ZONE_DELETED: "delivery.zone_deleted",
  PICKUP_POINT_CREATED: "delivery.pickup_point_created",
  PICKUP_POINT_UPDATED: "delivery.pickup_point_updated",
  ROUND_CREATED: "delivery.round_created",
  ROUND_UPDATED: "delivery.round_updated",
  ROUND_STATUS_CHANGED: "delivery.round_status_changed",
  ROUND_PLANNED: "delivery.round_planned",
  STOP_COMPLETED: "delivery.stop_completed",
  // Cash a volunteer collected for a pay-on-delivery order: the payments side records the capture.
  CASH_COLLECTED: "delivery_round.cash_collected",
  VOLUNTEER_INVITED: "delivery.volunteer_invited",
  TEMPLATE_CREATED: "delivery.round_template_created",
  // A maker changed what it can make per round (the shop's "ne restano" figures change).
  BATCH_LIMIT_CHANGED: "delivery.batch_limit_changed",
  // A maker's part of a round stayed under its minimum and the maker releases it: the vendors plugin cancels those orders.
  MAKER_MINIMUM_MISSED: "delivery.maker_minimum_missed",
  // A round's cutoff placed a weekly basket (or could not): the resident is told what went in and what did not.
  BASKET_PLACED: "delivery.basket_placed",
  // A resident cancelled their own order before the round's cutoff: they get a confirmation.
  ORDER_CANCELLED_BY_RESIDENT: "delivery.order_cancelled_by_resident",
  // The coordinators cancelled a resident's whole order in Medusa's admin: the resident is told.
  ORDER_CANCELLED_BY_NETWORK: "delivery.order_cancelled_by_network",
  // After a failed delivery a coordinator put the order into a later round.
  ORDER_REROUTED: "delivery.order_rerouted",
} as const
