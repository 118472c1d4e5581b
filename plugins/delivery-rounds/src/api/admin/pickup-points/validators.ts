import { z } from "@medusajs/framework/zod"

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "opening_hours: use HH:MM, e.g. 17:00")
const OpeningHours = z.record(
  z.string().regex(/^(mon|tue|wed|thu|fri|sat|sun)$/, "opening_hours: days are mon, tue, wed, thu, fri, sat, sun"),
  z.array(z.tuple([Time, Time]))
)

const fields = {
  name: z.string().trim().min(1).max(120),
  address_1: z.string().trim().min(1).max(200),
  postal_code: z.string().trim().regex(/^\d{5}$/, "postal_code: a CAP has five digits"),
  city: z.string().trim().min(1).max(100).optional(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  opening_hours: OpeningHours.nullable().optional(),
  is_hub: z.boolean().optional(),
}

export const AdminCreatePickupPoint = z.object(fields).strict()
export type AdminCreatePickupPoint = z.infer<typeof AdminCreatePickupPoint>

export const AdminUpdatePickupPoint = z.object(fields).partial().strict()
export type AdminUpdatePickupPoint = z.infer<typeof AdminUpdatePickupPoint>
