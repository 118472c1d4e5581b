"use server"

import { z } from "zod"
import { sdk } from "../medusa"
import { ARTISAN, formAction } from "./form-action"
import { medusaId, requiredText, wholeNumber } from "./schemas"

const batchSchema = z.object({
  name: requiredText(80),
  quantity: wholeNumber(1, 100_000, "validation.batch_quantity"),
  product_ids: z.array(medusaId).min(1, "validation.batch_products"),
})

/** A limit's form, new (no id) or existing (its id in the form): name, quantity, products. */
function saveBatchLimit(existing: boolean) {
  return formAction({
    caller: ARTISAN,
    schema: batchSchema.extend({ batch_limit_id: existing ? medusaId : z.unknown().transform(() => null) }),
    hidden: { batch_limit_id: "errors.invalid" },
    read: (formData) => ({
      batch_limit_id: formData.get("batch_limit_id"),
      name: formData.get("name") ?? "",
      quantity: formData.get("quantity") ?? "",
      product_ids: formData.getAll("product_ids").map(String),
    }),
    fields: ["name", "quantity", "product_ids"],
    call: ({ batch_limit_id: id, ...body }, headers) =>
      sdk.client.fetch(id ? `/vendor/batch-limits/${id}` : "/vendor/batch-limits", { method: "POST", body, headers }),
    done: ({ input, t }) => ({ ok: true, message: t(existing ? "bottega.batches.saved" : "bottega.batches.created", { name: input.name }) }),
  })
}

/** "40 pagnotte per giro": a new limit for one product or a group sharing the same oven. */
export const createBatchLimit = saveBatchLimit(false)

/** The same form for an existing limit. */
export const updateBatchLimit = saveBatchLimit(true)

/** The products are no longer limited per round. */
export const deleteBatchLimit = formAction({
  caller: ARTISAN,
  schema: z.object({ batch_limit_id: medusaId }),
  button: true,
  call: ({ batch_limit_id }, headers) => sdk.client.fetch(`/vendor/batch-limits/${batch_limit_id}`, { method: "DELETE", headers }),
  done: ({ t }) => ({ ok: true, message: t("bottega.batches.deleted") }),
})
