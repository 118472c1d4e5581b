import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatMoney } from "@/lib/util/money"
import { weighedSummary } from "@/lib/util/weight"

type Props = { lines: Parameters<typeof weighedSummary>[0]; total: number; currencyCode: string; placed?: boolean; t: Translate; locale: Locale }

/**
 * What the resident agrees to with products sold by weight: the total is an estimate, the real
 * weight is paid, at most the estimate plus the tolerance; on a placed order, whether the final
 * amount is known yet.
 */
export function WeighedNotice({ lines, total, currencyCode, placed = false, t, locale }: Props) {
  const summary = weighedSummary(lines, total)
  if (!summary.any) return null
  const max = formatMoney(summary.max, currencyCode, locale)
  if (placed) return <p className="notice weighed-notice">{summary.pending ? t("order.weighed_pending", { max }) : t("order.weighed_final")}</p>
  return <p className="notice weighed-notice">{t("cart.weighed_notice", { max })}</p>
}
