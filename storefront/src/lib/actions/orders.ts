"use server"

import { redirect } from "next/navigation"
import { orderReaderHeaders } from "../data/orders"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { apiErrorState } from "./form-errors"
import type { FormState } from "./form-state"
import { medusaId } from "./schemas"

/**
 * The resident cancels their whole order before the round's cutoff: the API decides whether it
 * still may, cancels it and mails the confirmation; the order's page then says it was done.
 */
export async function cancelOwnOrder(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const id = medusaId.safeParse(formData.get("order_id"))
  if (!id.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/store/delivery-rounds/orders/${id.data}/cancel`, { method: "POST", body: {}, headers: await orderReaderHeaders(id.data) })
  } catch (error) {
    return apiErrorState(error, t)
  }
  // Back to the page the resident cancelled from: their account's order page, or the confirmation a guest keeps.
  redirect(formData.get("from") === "account" ? `/account/ordini/${id.data}?annullato=1` : `/ordini/${id.data}/conferma?annullato=1`)
}
