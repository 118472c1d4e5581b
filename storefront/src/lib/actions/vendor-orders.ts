"use server"

import { refresh } from "next/cache"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { apiErrorState, type FormState } from "./form-state"
import { medusaId } from "./schemas"
import { callerHeaders } from "./vendor-form"

/** `POST` (pronto) or `DELETE` (not yet) `/vendor/orders/:id/ready`; the API decides whether it still may change. */
async function setReady(ready: boolean, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session") }
  const id = medusaId.safeParse(formData.get("order_id"))
  if (!id.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/vendor/orders/${id.data}/ready`, { method: ready ? "POST" : "DELETE", headers })
  } catch (error) {
    return apiErrorState(error, t)
  }
  refresh()
  return { message: t(ready ? "bottega.orders.marked_ready" : "bottega.orders.marked_unready") }
}

export async function markOrderReady(_prev: FormState, formData: FormData): Promise<FormState> {
  return setReady(true, formData)
}

export async function markOrderNotReady(_prev: FormState, formData: FormData): Promise<FormState> {
  return setReady(false, formData)
}
