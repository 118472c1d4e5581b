import { z } from "@medusajs/framework/zod"

export const LogisticsPlanRound = z
  .object({
    locks: z.array(z.object({ stop_id: z.string().min(1), position: z.number().int().min(1).max(1000) }).strict()).max(500).optional(),
  })
  .strict()
export type LogisticsPlanRound = z.infer<typeof LogisticsPlanRound>

export const LogisticsCompleteStop = z
  .object({
    outcome: z.enum(["delivered", "failed"]),
    note: z.string().trim().max(500).optional().nullable(),
    amount_collected: z.number().int().min(0).max(10_000_000).optional().nullable(),
  })
  .strict()
  .refine((b) => b.outcome !== "failed" || Boolean(b.note?.trim()), { message: "note: say why the delivery failed", path: ["note"] })
  // Cash belongs to a delivered stop only: a failed one must not carry an amount, not even by mistake.
  .refine((b) => b.outcome !== "failed" || b.amount_collected == null, {
    message: "amount_collected: a stop that was not delivered collects nothing (leave the amount out)",
    path: ["amount_collected"],
  })
export type LogisticsCompleteStop = z.infer<typeof LogisticsCompleteStop>

/** Actions that take no input: any field sent is a mistake, answered with a 400 naming it. */
export const NoBody = z.object({}).strict()

export const LogisticsAcceptInvite = z.object({ token: z.string().min(10).max(200) }).strict()
export type LogisticsAcceptInvite = z.infer<typeof LogisticsAcceptInvite>
