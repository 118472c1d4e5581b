"use server"

import { refresh } from "next/cache"
import { z } from "zod"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { formValues, type FormState } from "./form-state"
import { zodFieldErrors } from "./form-errors"
import { medusaId, requiredText, wholeNumber } from "./schemas"
import { callerHeaders, vendorApiErrorState } from "./vendor-form"

const batchSchema = z.object({
  name: requiredText(80),
  quantity: wholeNumber(1, 100_000, "validation.batch_quantity"),
  product_ids: z.array(medusaId).min(1, "validation.batch_products"),
})

const FIELDS = ["name", "quantity", "product_ids"]

function parse(formData: FormData) {
  return batchSchema.safeParse({ name: formData.get("name") ?? "", quantity: formData.get("quantity") ?? "", product_ids: formData.getAll("product_ids").map(String) })
}

/** "40 pagnotte per giro": a new limit for one product or a group sharing the same oven. */
export async function createBatchLimit(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveBatchLimit(null, formData)
}

/** The same form for an existing limit (its id in the form): name, quantity, products. */
export async function updateBatchLimit(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = medusaId.safeParse(formData.get("batch_limit_id"))
  return saveBatchLimit(id.success ? id.data : "", formData)
}

async function saveBatchLimit(id: string | null, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  if (id === "") return { error: t("errors.invalid"), values }
  const parsed = parse(formData)
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  try {
    await sdk.client.fetch(id ? `/vendor/batch-limits/${id}` : "/vendor/batch-limits", { method: "POST", body: parsed.data, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, values, (path) => (FIELDS.includes(path[0]) ? path[0] : null))
  }
  refresh()
  return { ok: true, message: t(id ? "bottega.batches.saved" : "bottega.batches.created", { name: parsed.data.name }) }
}

/** The products are no longer limited per round. */
export async function deleteBatchLimit(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session") }
  const id = medusaId.safeParse(formData.get("batch_limit_id"))
  if (!id.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/vendor/batch-limits/${id.data}`, { method: "DELETE", headers })
  } catch (error) {
    return vendorApiErrorState(error, t, {}, () => null)
  }
  refresh()
  return { ok: true, message: t("bottega.batches.deleted") }
}
