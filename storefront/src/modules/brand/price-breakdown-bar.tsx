import type { PriceBreakdown } from "@/lib/data/brand"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { amountSound } from "@/lib/i18n/number-sound"
import { formatMoney } from "@/lib/util/money"

const COLOURS: Record<string, string> = {
  materials: "#8c6d46",
  labour: "#b5773b",
  margin: "#d9a05b",
  artisan: "#b5773b",
  other: "#cfcfcf",
  commission: "#3d6b5a",
  fund: "#6b8e23",
  delivery: "#5a7ea6",
  vat: "#9a9a9a",
}

/**
 * "Prezzo trasparente": a bar whose segments are the parts of the price, and the same parts
 * as a list with amounts (the bar is decoration; the list is what screen readers read).
 */
export function PriceBreakdownBar({
  breakdown,
  t,
  locale,
  scope = "product",
}: {
  breakdown?: PriceBreakdown | null
  t: Translate
  locale: Locale
  scope?: "product" | "order"
}) {
  if (!breakdown || breakdown.price <= 0) return null
  const euro = (cents: number) => formatMoney(cents / 100, "eur", locale)
  return (
    <section className="price-breakdown" aria-labelledby={`price-breakdown-${scope}`}>
      <h2 id={`price-breakdown-${scope}`}>{scope === "order" ? t("charter.breakdown.order_title") : t("charter.breakdown.title")}</h2>
      <p>{t(scope === "order" ? "charter.breakdown.order_intro" : "charter.breakdown.intro", {
          price: euro(breakdown.price),
          price_sound: amountSound(breakdown.price),
        })}</p>
      <div className="price-breakdown__bar" aria-hidden="true">
        {breakdown.lines
          .filter((l) => l.amount > 0)
          .map((l) => (
            <span key={l.key} style={{ width: `${(l.amount / breakdown.price) * 100}%`, background: COLOURS[l.key] }} />
          ))}
      </div>
      <ul className="price-breakdown__legend">
        {breakdown.lines.map((l) => (
          <li key={l.key}>
            <span className="price-breakdown__swatch" style={{ background: COLOURS[l.key] }} aria-hidden="true" />
            {t(`charter.breakdown.parts.${l.key}`)}: <strong>{euro(l.amount)}</strong>
          </li>
        ))}
      </ul>
      {breakdown.roundup ? <p className="price-breakdown__roundup">{t("charter.breakdown.order_roundup", { amount: euro(breakdown.roundup) })}</p> : null}
      <p className="muted">{t("charter.breakdown.rule")}</p>
    </section>
  )
}
