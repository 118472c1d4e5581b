import { retrieveCartBreakdown } from "@/lib/data/brand"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { PriceBreakdownBar } from "./price-breakdown-bar"

/** The transparent price of the whole cart, next to its summary. */
export async function OrderBreakdown({ cartId, t, locale }: { cartId: string; t: Translate; locale: Locale }) {
  const breakdown = await retrieveCartBreakdown(cartId)
  return <PriceBreakdownBar breakdown={breakdown} t={t} locale={locale} scope="order" />
}
