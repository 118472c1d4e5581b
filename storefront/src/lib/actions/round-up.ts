"use server"

import { refresh } from "next/cache"
import { z } from "zod"
import { getCartId } from "../cookies"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { formatMoney } from "../util/money"
import { formValues, type FormState } from "./form-state"
import { apiErrorState } from "./form-errors"

const schema = z.object({ amount: z.coerce.number().int().min(0).max(1000) })

/** The resident's optional round-up for the solidarity fund, on their own cart (cookie). */
export async function setRoundUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t, locale } = await getT()
  const values = formValues(formData)
  const cartId = await getCartId()
  if (!cartId) return { error: t("cart.missing"), values }
  const parsed = schema.safeParse(values)
  if (!parsed.success) return { error: t("errors.invalid"), values }
  try {
    await sdk.client.fetch("/store/brand/round-up", { method: "POST", body: { cart_id: cartId, amount: parsed.data.amount } })
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  refresh()
  const amount = parsed.data.amount
  return { ok: true, values, message: amount ? t("charter.roundup.saved", { amount: formatMoney(amount / 100, "eur", locale) }) : t("charter.roundup.removed") }
}
