"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getT } from "../i18n/server"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { formValues, type FormState } from "./form-state"
import { apiErrorState } from "./form-errors"
import { grams, medusaId } from "./schemas"
import { callerHeaders } from "./vendor-form"

type OrderForm = { t: Translate; values: Record<string, string>; headers: Record<string, string>; id: string }

/** What every form on one of the maker's orders starts from: the maker's session and the order's id. */
async function orderForm(formData: FormData): Promise<OrderForm | { state: FormState }> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { state: { error: t("bottega.errors.session"), values } }
  const id = medusaId.safeParse(formData.get("order_id"))
  if (!id.success) return { state: { error: t("errors.invalid"), values } }
  return { t, values, headers, id: id.data }
}

/**
 * Back to the list at the part just changed: it has moved to another list (pronto, annullato), where
 * a form's own message would be lost with the form, so the page says how it went, on the part.
 */
function showDone(id: string): never {
  redirect(`/bottega/ordini?fatto=${id}#order-${id}`)
}

/** `POST` (pronto) or `DELETE` (not yet) `/vendor/orders/:id/ready`; the API decides whether it still may change. */
async function setReady(ready: boolean, formData: FormData): Promise<FormState> {
  const form = await orderForm(formData)
  if ("state" in form) return form.state
  const { t, id, headers } = form
  try {
    await sdk.client.fetch(`/vendor/orders/${id}/ready`, { method: ready ? "POST" : "DELETE", headers })
  } catch (error) {
    return apiErrorState(error, t)
  }
  showDone(id)
}

export async function markOrderReady(_prev: FormState, formData: FormData): Promise<FormState> {
  return setReady(true, formData)
}

export async function markOrderNotReady(_prev: FormState, formData: FormData): Promise<FormState> {
  return setReady(false, formData)
}

/**
 * The maker cannot make this part (sold out, ill): `POST /vendor/orders/:id/cancel` with the reason
 * the resident will read. The API takes the part off the resident's order and tells the resident.
 */
export async function cancelOrderPart(_prev: FormState, formData: FormData): Promise<FormState> {
  const form = await orderForm(formData)
  if ("state" in form) return form.state
  const { t, values, headers, id } = form
  const reason = String(formData.get("reason") ?? "").trim()
  if (reason.length < 3) return { fieldErrors: { reason: t("bottega.orders.cancel_reason_required") }, values }
  try {
    await sdk.client.fetch(`/vendor/orders/${id}/cancel`, { method: "POST", body: { reason }, headers })
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  showDone(id)
}

/**
 * The real weights of a part's lines sold by weight (`grams_<item id>` fields), or their
 * correction: `POST /vendor/orders/:id/weights`; the API re-prices the order and tells the resident.
 */
export async function recordWeights(_prev: FormState, formData: FormData): Promise<FormState> {
  const form = await orderForm(formData)
  if ("state" in form) return form.state
  const { t, values, headers, id } = form
  const fieldErrors: Record<string, string> = {}
  const lines: { item_id: string; grams: number }[] = []
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("grams_")) continue
    const parsed = grams.safeParse(String(value))
    if (parsed.success) lines.push({ item_id: key.slice("grams_".length), grams: parsed.data })
    else fieldErrors[key] = t("validation.grams")
  }
  if (Object.keys(fieldErrors).length || !lines.length) return { fieldErrors, values, ...(lines.length ? {} : { error: t("errors.invalid") }) }
  let corrected = false
  try {
    const { weighing } = await sdk.client.fetch<{ weighing: { corrected?: boolean } }>(`/vendor/orders/${id}/weights`, { method: "POST", body: { lines }, headers })
    corrected = Boolean(weighing?.corrected)
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  refresh()
  return { message: t(corrected ? "bottega.rounds.weights_corrected" : "bottega.rounds.weights_saved") }
}
