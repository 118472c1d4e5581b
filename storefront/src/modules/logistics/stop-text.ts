import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatCents } from "./format"
import type { Stop } from "./types"

/** Pure wording of a stop for the volunteer: its order numbers, how it is paid and where its money stands. */

/**
 * "Ordine n. 12", or "Ordini n. 12, 15" when one door has several orders; an order riding again after a failed
 * delivery is loaded at the hub: "· dalla Casa Comune" (of the whole door) or "· n. 15 dalla Casa Comune".
 */
export function stopOrdersText(stop: Pick<Stop, "display_id" | "orders">, t: Translate): string {
  const orders = stop.orders ?? []
  const numbers = orders.map((o) => o.display_id)
  const text = numbers.length > 1 ? t("logistics.stop.orders", { orders: numbers.join(", ") }) : t("logistics.stop.order", { order: numbers[0] ?? stop.display_id ?? "—" })
  const fromHub = orders.filter((o) => o.from_hub).map((o) => o.display_id)
  if (!fromHub.length) return text
  return `${text} · ${fromHub.length === orders.length ? t("logistics.stop.from_hub") : t("logistics.stop.some_from_hub", { orders: fromHub.join(", ") })}`
}

/**
 * "Pagamento alla consegna · Da incassare: 23,50 €", "… · Incassato: 23,50 €", "… · Nulla
 * incassato", or "Pagato online": the mode never changes with what was collected.
 */
export function stopPaymentText(stop: Pick<Stop, "kind" | "status" | "payment_mode" | "amount_to_collect" | "amount_collected">, t: Translate, locale: Locale): string {
  if (stop.payment_mode === "online") return t("logistics.stop.paid")
  const money = (cents: number) => formatCents(cents, locale)
  const parts = [
    stop.payment_mode === "mixed" ? t("logistics.stop.pay_mixed") : t(stop.kind === "pickup" ? "logistics.stop.pay_at_pickup" : "logistics.stop.pay_on_delivery"),
  ]
  const collected = stop.amount_collected ?? 0
  if (stop.status === "scheduled") {
    if (stop.amount_to_collect > 0) parts.push(t("logistics.stop.to_collect", { amount: money(stop.amount_to_collect) }))
  } else if (stop.status === "failed") {
    parts.push(t("logistics.stop.nothing_collected"))
  } else {
    if (collected > 0) parts.push(t("logistics.stop.collected", { amount: money(collected) }))
    if (stop.amount_to_collect > 0) parts.push(t("logistics.stop.still_to_collect", { amount: money(stop.amount_to_collect) }))
  }
  return parts.join(" · ")
}
