/**
 * How long before a round's cutoff its weekly baskets are placed. Paid on delivery:
 * RBV_BASKET_LEAD_MINUTES (10 by default; the placing job runs every 5 minutes, so each round gets
 * at least one run in the window). Paid with a saved card: RBV_BASKET_CARD_LEAD_MINUTES (24 hours
 * by default), so a resident whose bank asks for them (3-D Secure) has a day to confirm before the
 * cutoff releases the order. A basket takes its drop and batch units through the resident's own
 * checkout, which only an open round before its cutoff accepts; until then the resident edits,
 * skips or pauses it.
 */
export type BasketPaymentKind = "pay_on_delivery" | "saved_card" | string | null | undefined

const minutes = (value: string | undefined, fallback: number) => Math.max(1, Number(value || fallback)) * 60_000

export const cashBasketLeadMs = () => minutes(process.env.RBV_BASKET_LEAD_MINUTES, 10)
export const cardBasketLeadMs = () => Math.max(cashBasketLeadMs(), minutes(process.env.RBV_BASKET_CARD_LEAD_MINUTES, 24 * 60))

/** The lead of a basket paying this way. */
export const basketLeadMs = (payment?: BasketPaymentKind) => (payment === "saved_card" ? cardBasketLeadMs() : cashBasketLeadMs())

/** The longest lead: the rounds the placing job looks at. */
export const longestBasketLeadMs = () => cardBasketLeadMs()

/** Whether a basket paying this way goes into a round with this cutoff now (its lead has begun). */
export const basketDue = (payment: BasketPaymentKind, cutoffAt: Date | string, now = new Date()) =>
  new Date(cutoffAt).getTime() - now.getTime() <= basketLeadMs(payment)
