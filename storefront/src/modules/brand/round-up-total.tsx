import type { Translate } from "@/lib/i18n/translate"
import { Figure } from "@/modules/common/figure"

/** The round-up as its own line of a totals list: a donation, apart from the products, no VAT. */
export function RoundUpTotal({ cents, money, t }: { cents: number; money: (euro: number) => string; t: Translate }) {
  if (cents <= 0) return null
  return (
    <Figure className="totals__roundup" label={t("charter.roundup.summary_line")}>
      {money(cents / 100)}
    </Figure>
  )
}
