"use server"

import { z } from "zod"
import { sdk } from "../medusa"
import { parseEuro } from "../util/bottega"
import { ARTISAN, formAction } from "./form-action"

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
export const saveRoundMinimum = formAction({
  caller: ARTISAN,
  schema: minimumSchema,
  read: (formData) => ({ amount: formData.get("amount") ?? "", below: formData.get("below") ?? "keep" }),
  fields: ["amount", "below"],
  call: (body, headers) => sdk.client.fetch("/vendor/round-minimum", { method: "POST", body, headers }),
  done: ({ input, t }) => ({ ok: true, message: t(input.amount === null ? "bottega.minimum.removed" : "bottega.minimum.saved") }),
})
