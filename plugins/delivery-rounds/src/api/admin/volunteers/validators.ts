import { z } from "@medusajs/framework/zod"

export const AdminCreateVolunteer = z
  .object({
    name: z.string().trim().min(2).max(120),
    email: z.string().trim().email().max(200),
    phone: z.string().trim().regex(/^\+?[0-9 ]{6,20}$/, "use digits, spaces and an optional leading +").nullable().optional(),
    role: z.enum(["rider", "planner"]).default("rider"),
  })
  .strict()
export type AdminCreateVolunteer = z.infer<typeof AdminCreateVolunteer>

// `active: false` ends the volunteer's access at once (every /logistics request checks it).
export const AdminUpdateVolunteer = AdminCreateVolunteer.omit({ email: true })
  .extend({ active: z.boolean() })
  .partial()
  .strict()
export type AdminUpdateVolunteer = z.infer<typeof AdminUpdateVolunteer>
