"use server"

import { z } from "zod"
import { sdk } from "../medusa"
import { formatMoney } from "../util/money"
import { CART_OWNER, formAction } from "./form-action"

/** The resident's optional round-up for the solidarity fund, on their own cart (cookie). */
export const setRoundUp = formAction({
  caller: CART_OWNER,
  schema: z.object({ amount: z.coerce.number().int().min(0).max(1000) }),
  invalid: "errors.invalid",
  fields: () => null,
  call: ({ amount }, { cartId }) => sdk.client.fetch("/store/brand/round-up", { method: "POST", body: { cart_id: cartId, amount } }),
  done: ({ input: { amount }, t, locale, values }) => ({
    ok: true,
    values,
    message: amount ? t("charter.roundup.saved", { amount: formatMoney(amount / 100, "eur", locale) }) : t("charter.roundup.removed"),
  }),
})
