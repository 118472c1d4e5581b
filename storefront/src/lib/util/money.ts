import { intlLocale, type Locale } from "../i18n/locales"

/**
 * Medusa v2 amounts are in the currency's main unit (12.5 = 12,50 €).
 * Italian: `12,50 €`; English: `€12.50`.
 */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount ?? 0)
}
