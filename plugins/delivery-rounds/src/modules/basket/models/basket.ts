import { model } from "@medusajs/framework/utils"
import { BasketLine } from "./basket-line"
import { BasketPlacement } from "./basket-placement"
import { BasketSkip } from "./basket-skip"

export const BASKET_CADENCES = ["every_round", "every_other_round", "monthly"] as const
export const BASKET_DELIVERIES = ["home", "pickup"] as const
export const BASKET_PAYMENTS = ["pay_on_delivery", "saved_card"] as const
export const BASKET_STATUSES = ["active", "paused"] as const

/**
 * A resident's weekly basket (spesa fissa): the same lines, from several makers, placed as an
 * order at the cutoff of each round its cadence names, delivered as the checkout would.
 */
export const Basket = model
  .define("basket", {
    id: model.id({ prefix: "bskt" }).primaryKey(),
    customer_id: model.text().index("IDX_basket_customer_id"),
    email: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text().nullable(),
    cadence: model.enum([...BASKET_CADENCES]).default("every_round"),
    delivery: model.enum([...BASKET_DELIVERIES]),
    // Home delivery: the shipping address as the checkout takes it (with lat/lng in metadata when known).
    address: model.json().nullable(),
    pickup_point_id: model.text().nullable(),
    payment: model.enum([...BASKET_PAYMENTS]).default("pay_on_delivery"),
    // saved_card: the resident's card saved with Stripe (a PaymentMethod of their Medusa account
    // holder), charged off session at each cutoff; `card` is what the page shows (brand, last4, expiry).
    payment_method_id: model.text().nullable(),
    card: model.json().nullable(),
    status: model.enum([...BASKET_STATUSES]).default("active"),
    // Where the cadence starts counting: the start of the first round still taking orders when the
    // basket was made or its cadence changed (a round already closed then is not its "first").
    cadence_from: model.dateTime().nullable(),
    locale: model.text().default("it"),
    lines: model.hasMany(() => BasketLine, { mappedBy: "basket" }),
    skips: model.hasMany(() => BasketSkip, { mappedBy: "basket" }),
    placements: model.hasMany(() => BasketPlacement, { mappedBy: "basket" }),
  })
  .cascades({ delete: ["lines", "skips"] })
