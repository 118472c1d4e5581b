import type { BasketPlacementLine } from "@/lib/data/baskets"
import type { Translate } from "@/lib/i18n/translate"

/** «Non ordinato: 2 × Miele (esaurito), …»: what a basket's placement left out, each with its reason. */
export function leftOutText(lines: BasketPlacementLine[], t: Translate) {
  return t("basket.left_out", { lines: lines.map((l) => `${l.quantity} × ${l.title} (${t(`basket.reasons.${(l.reason ?? "checkout_refused") as "checkout_refused"}`)})`).join(", ") })
}

/** The same as a paragraph, and nothing when the placement left nothing out. */
export function LeftOut({ lines, t, className }: { lines: BasketPlacementLine[]; t: Translate; className?: string }) {
  return lines.length ? <p className={className}>{leftOutText(lines, t)}</p> : null
}
