import { z } from "@medusajs/framework/zod"

const line = z
  .object({
    variant_id: z.string({ error: "variant_id: the product variant" }).trim().min(1, "variant_id: the product variant"),
    quantity: z.number({ error: "quantity: how many, a whole number" }).int("quantity: a whole number").min(1, "quantity: at least 1").max(99, "quantity: at most 99"),
  })
  .strict()

// The address as the checkout takes it (coordinates in metadata, when the storefront found them).
const address = z
  .object({
    first_name: z.string().trim().min(1, "first_name is required").max(100),
    last_name: z.string().trim().max(100).optional(),
    address_1: z.string().trim().min(1, "address_1 is required").max(200),
    address_2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1, "city is required").max(100),
    province: z.string().trim().max(40).optional(),
    postal_code: z.string().trim().regex(/^\d{5}$/, "postal_code: five digits"),
    country_code: z.string().trim().length(2, "country_code: two letters").default("it"),
    phone: z.string().trim().max(40).optional(),
    metadata: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).partial().strict().optional(),
  })
  .strict()

const cadence = z.enum(["every_round", "every_other_round", "monthly"], { error: "cadence: every_round, every_other_round or monthly" })
const delivery = z.enum(["home", "pickup"], { error: "delivery: home or pickup" })
const locale = z.enum(["it", "en"], { error: "locale: it or en" })
const payment = z.enum(["pay_on_delivery", "saved_card"], { error: "payment: pay_on_delivery or saved_card" })
// A Stripe PaymentMethod saved by the resident (POST /store/baskets/:id/card-setups, then Stripe.js).
const paymentMethodId = z.string({ error: "payment_method_id: the saved card" }).trim().regex(/^pm_\w{1,100}$/, "payment_method_id: a saved card (pm_…)")

/** A basket from the resident's cart (its lines, address or pickup point) or from its parts. */
export const StoreCreateBasket = z
  .object({
    cart_id: z.string().trim().min(1, "cart_id: the cart to make recurring").optional(),
    lines: z.array(line).min(1, "lines: at least one product").max(50, "lines: at most 50 products").optional(),
    cadence: cadence.default("every_round"),
    delivery: delivery.optional(),
    address: address.optional(),
    pickup_point_id: z.string().trim().min(1).optional(),
    payment: payment.default("pay_on_delivery"),
    payment_method_id: paymentMethodId.optional(),
    locale: locale.optional(),
  })
  .strict()
  .refine((b) => b.cart_id || b.lines, { message: "lines: the products, or cart_id to take them from a cart", path: ["lines"] })
export type StoreCreateBasket = z.infer<typeof StoreCreateBasket>

export const StoreUpdateBasket = z
  .object({
    lines: z.array(line).min(1, "lines: at least one product (delete the basket to stop it)").max(50, "lines: at most 50 products").optional(),
    cadence: cadence.optional(),
    delivery: delivery.optional(),
    address: address.optional(),
    pickup_point_id: z.string().trim().min(1).optional(),
    status: z.enum(["active", "paused"], { error: "status: active or paused" }).optional(),
    payment: payment.optional(),
    payment_method_id: paymentMethodId.optional(),
    locale: locale.optional(),
  })
  .strict()
export type StoreUpdateBasket = z.infer<typeof StoreUpdateBasket>

export const StoreSkipBasketRound = z.object({ round_id: z.string({ error: "round_id: the round to skip" }).trim().min(1, "round_id: the round to skip") }).strict()
export type StoreSkipBasketRound = z.infer<typeof StoreSkipBasketRound>
