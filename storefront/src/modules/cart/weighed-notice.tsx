import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatMoney } from "@/lib/util/money"
import { weighedSummary } from "@/lib/util/weight"

type Props = { lines: Parameters<typeof weighedSummary>[0]; total: number; currencyCode: string; t: Translate; locale: Locale }

/**
 * What the resident agrees to with products sold by weight: the total is an estimate, the real
 * weight is paid, at most the estimate plus the tolerance (a cart: the products' pricing of today;
 * a placed order says it from the API, see order-weighed-notice).
 */
export function WeighedNotice({ lines, total, currencyCode, t, locale }: Props) {
  const summary = weighedSummary(lines, total)
  if (!summary.any) return null
  const max = formatMoney(summary.max, currencyCode, locale)
  return <p className="notice weighed-notice">{t("cart.weighed_notice", { max })}</p>
}
