import { z } from "@medusajs/framework/zod"
import { roundServiceFields } from "../../utils/round-service-fields"

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "times are HH:MM, e.g. 17:00")
const Weekday = z.number().int().min(1, "weekday: 1 = Monday … 7 = Sunday").max(7, "weekday: 1 = Monday … 7 = Sunday")

export const AdminCreateRoundTemplate = z
  .object({
    name: z.string().trim().min(1).max(120),
    weekday: Weekday,
    start_time: Time,
    end_time: Time,
    cutoff_weekday: Weekday,
    cutoff_time: Time,
    dropoff_hours_before: z.number().int().min(0).max(72).nullable().optional(),
    ...roundServiceFields,
  })
  .strict()
export type AdminCreateRoundTemplate = z.infer<typeof AdminCreateRoundTemplate>

export const AdminGenerateRounds = z.object({ weeks: z.number().int().min(1).max(12).default(2) }).strict()
export type AdminGenerateRounds = z.infer<typeof AdminGenerateRounds>
