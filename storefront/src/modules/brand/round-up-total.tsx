import type { Translate } from "@/lib/i18n/translate"

/** The round-up as its own line of a totals list: a donation, apart from the products, no VAT. */
export function RoundUpTotal({ cents, money, t }: { cents: number; money: (euro: number) => string; t: Translate }) {
  if (cents <= 0) return null
  return (
    <div className="totals__roundup">
      <dt>{t("charter.roundup.summary_line")}</dt>
      <dd>{money(cents / 100)}</dd>
    </div>
  )
}
