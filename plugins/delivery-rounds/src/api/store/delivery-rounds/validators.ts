import { z } from "@medusajs/framework/zod"

export const StoreListDeliveryRounds = z.object({ cart_id: z.string({ error: "cart_id is required" }).trim().min(1, "cart_id is required") })
export type StoreListDeliveryRounds = z.infer<typeof StoreListDeliveryRounds>
