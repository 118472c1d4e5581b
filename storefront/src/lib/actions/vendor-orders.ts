"use server"

import { refresh } from "next/cache"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { apiErrorState, type FormState } from "./form-state"
import { medusaId } from "./schemas"
import { callerHeaders } from "./vendor-form"

/** The artisan's part of an order is packed: `POST /vendor/orders/:id/ready`. */
export async function markOrderReady(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session") }
  const id = medusaId.safeParse(formData.get("order_id"))
  if (!id.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/vendor/orders/${id.data}/ready`, { method: "POST", headers })
  } catch (error) {
    return apiErrorState(error, t)
  }
  refresh()
  return { message: t("bottega.orders.marked_ready") }
}
