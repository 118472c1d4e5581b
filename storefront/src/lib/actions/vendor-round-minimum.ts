"use server"

import { refresh } from "next/cache"
import { z } from "zod"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { parseEuro } from "../util/bottega"
import { formValues, type FormState } from "./form-state"
import { zodFieldErrors } from "./form-errors"
import { callerHeaders, vendorApiErrorState } from "./vendor-form"

const minimumSchema = z.object({
  // Empty: no minimum.
  amount: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) return null
      const amount = parseEuro(v)
      if (amount === null || amount <= 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "validation.price" })
      return amount
    }),
  below: z.enum(["release", "keep"], { message: "validation.invalid" }),
})

/** The least the shop's part of a round must be worth, and what happens at cutoff when it is not reached. */
export async function saveRoundMinimum(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const parsed = minimumSchema.safeParse({ amount: formData.get("amount") ?? "", below: formData.get("below") ?? "keep" })
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  try {
    await sdk.client.fetch("/vendor/round-minimum", { method: "POST", body: parsed.data, headers })
  } catch (error) {
    return vendorApiErrorState(error, t, values, (path) => (path[0] === "amount" || path[0] === "below" ? path[0] : null))
  }
  refresh()
  return { ok: true, message: t(parsed.data.amount === null ? "bottega.minimum.removed" : "bottega.minimum.saved") }
}
