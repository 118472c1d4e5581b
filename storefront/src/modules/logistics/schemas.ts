import { z } from "zod"
import { medusaId } from "@/lib/actions/schemas"
import type { MessageKey, Translate } from "@/lib/i18n/translate"
import { parseEuro } from "@/lib/util/bottega"

/** Input rules of the volunteer's forms; messages are `validation.*` / `logistics.validation.*` keys. */

/** Euro typed by the rider ("12,50", "12.5", "12") → cents; empty → undefined. */
const amountCents = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined
    const euro = parseEuro(value)
    if (euro === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "validation.price" })
      return z.NEVER
    }
    return Math.round(euro * 100)
  })

export const completeStopSchema = z
  .object({
    round_id: medusaId,
    stop_id: medusaId,
    outcome: z.enum(["delivered", "failed"], { message: "logistics.validation.outcome" }),
    note: z.string().trim().max(500, "validation.too_long").optional().transform((v) => v || undefined),
    amount_collected: amountCents,
  })
  .superRefine((value, ctx) => {
    if (value.outcome === "failed" && !value.note) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["note"], message: "logistics.validation.note_required" })
    }
    // The "Non consegnato" form has no amount; a request that brings one anyway is refused, not trimmed.
    if (value.outcome === "failed" && value.amount_collected !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["amount_collected"], message: "logistics.validation.no_amount_when_failed" })
    }
  })

export type CompleteStopInput = z.infer<typeof completeStopSchema>

/** The body of `POST /logistics/rounds/:id/stops/:stop_id/complete`. */
export function completeStopBody(input: CompleteStopInput): { outcome: "delivered" | "failed"; note?: string; amount_collected?: number } {
  return {
    outcome: input.outcome,
    ...(input.note ? { note: input.note } : {}),
    ...(input.outcome === "delivered" && input.amount_collected !== undefined ? { amount_collected: input.amount_collected } : {}),
  }
}

export const positionFieldName = (stopId: string) => `position_${stopId}`

export type PlanLock = { stop_id: string; position: number }

/**
 * The locks of the re-plan form: every ticked `lock` (a stop id) with its `position_<id>`
 * field, a whole number from 1 to the number of stops, no two stops on the same position.
 * Errors are keyed by the position field's name.
 */
export function parsePlanLocks(formData: FormData, stopCount: number): { locks: PlanLock[]; fieldErrors: Record<string, "validation.invalid" | "logistics.validation.position" | "logistics.validation.position_taken"> } {
  const locks: PlanLock[] = []
  const fieldErrors: Record<string, "validation.invalid" | "logistics.validation.position" | "logistics.validation.position_taken"> = {}
  const seen = new Set<string>()
  for (const raw of formData.getAll("lock")) {
    const id = medusaId.safeParse(raw)
    if (!id.success || seen.has(id.data)) continue
    seen.add(id.data)
    const field = positionFieldName(id.data)
    const text = String(formData.get(field) ?? "").trim()
    const position = /^\d+$/.test(text) ? Number(text) : NaN
    if (!Number.isInteger(position) || position < 1 || position > stopCount) {
      fieldErrors[field] = "logistics.validation.position"
      continue
    }
    if (locks.some((lock) => lock.position === position)) {
      fieldErrors[field] = "logistics.validation.position_taken"
      continue
    }
    locks.push({ stop_id: id.data, position })
  }
  return { locks, fieldErrors }
}

/**
 * zod issues → translated messages per field; knows the `logistics.validation.*` keys as well
 * as the shared `validation.*` ones.
 */
export function logisticsFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    if (fieldErrors[field]) continue
    const known = issue.message.startsWith("validation.") || issue.message.startsWith("logistics.validation.")
    fieldErrors[field] = t(known ? (issue.message as MessageKey) : "validation.invalid")
  }
  return fieldErrors
}
