import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Medusa's Stripe provider: the cards residents save for their weekly baskets are its payment methods. */
export const CARD_PROVIDER_ID = "pp_stripe_stripe"

export type CardSummary = { brand: string | null; last4: string | null; exp_month: number | null; exp_year: number | null }

/** What the account page shows of a saved card (never its number). */
export function cardSummary(method: { data?: Record<string, any> | null }): CardSummary {
  const card = method.data?.card ?? {}
  return { brand: card.brand ?? null, last4: card.last4 ?? null, exp_month: card.exp_month ?? null, exp_year: card.exp_year ?? null }
}

/** Whether the basket's region takes cards (the Stripe provider installed and enabled there). */
export async function cardOffered(container: MedusaContainer, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id", "payment_providers.is_enabled"], filters: { id: regionId } })
  return Boolean((data[0] as any)?.payment_providers?.some((p: any) => p?.id === CARD_PROVIDER_ID && p.is_enabled !== false))
}

/** The resident's account holder with the Stripe provider (their Stripe customer), linked to them by Medusa; null before their first saved card. */
export async function cardAccountHolderOf(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "account_holders.*"], filters: { id: customerId } })
  return ((data[0] as any)?.account_holders ?? []).find((h: any) => h?.provider_id === CARD_PROVIDER_ID) ?? null
}

/** The cards the resident saved with Stripe, as Medusa's payment module lists them for their account holder. */
export async function savedCardsOf(container: MedusaContainer, customerId: string) {
  const holder = await cardAccountHolderOf(container, customerId)
  if (!holder) return []
  const payment = container.resolve(Modules.PAYMENT)
  return payment.listPaymentMethods({ provider_id: CARD_PROVIDER_ID, context: { account_holder: holder } } as any)
}
