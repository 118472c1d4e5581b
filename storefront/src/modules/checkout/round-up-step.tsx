import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatMoney } from "@/lib/util/money"
import { currentRoundUp, euroToCents, roundUpChoices } from "@/modules/brand/round-up"
import { RoundUpForm } from "./round-up-form"

/** The optional round-up for the neighbourhood fund, offered next to the payment. */
export function RoundUpStep({ cart, t, locale }: { cart: HttpTypes.StoreCart; t: Translate; locale: Locale }) {
  const current = currentRoundUp(cart.items as never)
  const euro = (cents: number) => formatMoney(cents / 100, cart.currency_code, locale)
  const choices = roundUpChoices(euroToCents(cart.total) - current)
  const options = choices.map((c) => ({
    amount: c.amount,
    label:
      c.kind === "none"
        ? t("charter.roundup.none")
        : c.kind === "to_euro"
          ? t("charter.roundup.to_euro", { total: euro(c.total), amount: euro(c.amount) })
          : t("charter.roundup.plus", { amount: euro(c.amount) }),
  }))
  // a round-up chosen earlier that is no longer among the choices (the total changed) stays selectable
  if (current && !options.some((o) => o.amount === current)) options.push({ amount: current, label: t("charter.roundup.plus", { amount: euro(current) }) })
  return <RoundUpForm options={options} current={current} />
}
