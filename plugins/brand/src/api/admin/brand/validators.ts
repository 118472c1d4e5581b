import { z } from "@medusajs/framework/zod"

export const AdminSaveCharter = z
  .object({
    criteria: z
      .array(
        z
          .object({
            key: z.string().trim().regex(/^[a-z0-9_-]{2,40}$/, "key: 2–40 lowercase letters, digits, - or _"),
            title: z.string().trim().min(3).max(120),
            description: z.string().trim().max(1000).nullable().optional(),
          })
          .strict()
      )
      .min(1, "criteria: a charter needs at least one criterion")
      .max(30),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
export type AdminSaveCharter = z.infer<typeof AdminSaveCharter>

export const AdminReviewCertification = z
  .object({
    reason: z.string().trim().max(1000).nullable().optional(),
    validity_months: z.number().int().min(1).max(36).optional(),
  })
  .strict()
export type AdminReviewCertification = z.infer<typeof AdminReviewCertification>

/** Actions that take no input: any field sent is a mistake, answered with a 400 naming it. */
export const NoBody = z.object({}).strict()

export const AdminSetFundPolicy = z.object({ share_bps: z.number().int().min(0).max(2000) }).strict()
export type AdminSetFundPolicy = z.infer<typeof AdminSetFundPolicy>

export const AdminAssignVoucher = z.object({ beneficiary: z.string().trim().min(2).max(200) }).strict()
export type AdminAssignVoucher = z.infer<typeof AdminAssignVoucher>
