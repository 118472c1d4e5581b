import { z } from "@medusajs/framework/zod"
import { Id, roundServiceFields } from "../../utils/round-service-fields"

// An instant with its zone (the admin sends toISOString()); a bare number is not a date.
const Instant = z.iso.datetime({ offset: true }).pipe(z.coerce.date())

const fields = {
  name: z.string().trim().max(120).nullable().optional(),
  starts_at: Instant,
  ends_at: Instant,
  cutoff_at: Instant,
  dropoff_deadline: Instant.nullable().optional(),
  ...roundServiceFields,
  volunteer_ids: z.array(Id).max(20).optional(),
}

export const AdminCreateDeliveryRound = z.object(fields).strict()
export type AdminCreateDeliveryRound = z.infer<typeof AdminCreateDeliveryRound>

export const AdminUpdateDeliveryRound = z.object(fields).partial().strict()
export type AdminUpdateDeliveryRound = z.infer<typeof AdminUpdateDeliveryRound>

export const AdminDeliveryRoundStatus = z
  .object({ status: z.enum(["open", "closed", "planned", "in_progress", "completed", "cancelled"]) })
  .strict()
export type AdminDeliveryRoundStatus = z.infer<typeof AdminDeliveryRoundStatus>

export const AdminListDeliveryRounds = z.object({
  status: z.enum(["open", "closed", "planned", "in_progress", "completed", "cancelled"]).optional(),
  template_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListDeliveryRounds = z.infer<typeof AdminListDeliveryRounds>
