import { z } from "@medusajs/framework/zod"
import { httpUrl } from "@rbv/kit"

const cents = z.number().int("whole cents").min(0, "cannot be negative")

export const VendorSubmitAdherence = z
  .object({
    adherence: z
      .array(
        z
          .object({
            criterion_key: z.string().min(1),
            evidence: z.string().max(4000).default(""),
            photos: z.array(httpUrl("adherence.photos", 1000)).max(6).default([]),
          })
          .strict()
      )
      .min(1, "adherence: declare how you meet each criterion"),
  })
  .strict()
export type VendorSubmitAdherence = z.infer<typeof VendorSubmitAdherence>

export const VendorSetProductClaim = z
  .object({
    criteria: z.array(z.string().min(1)).max(20).default([]),
    parts: z.object({ materials: cents.optional(), labour: cents.optional() }).strict().nullable().optional(),
  })
  .strict()
export type VendorSetProductClaim = z.infer<typeof VendorSetProductClaim>
