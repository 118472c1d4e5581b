import { z } from "@medusajs/framework/zod"
import { MAX_QUERY_LENGTH } from "../../../modules/search/search-terms"

const flag = (field: string) =>
  z.enum(["true", "false"], { error: `${field}: true or false` }).optional().transform((v) => v === "true")
const handle = (field: string) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${field}: a handle (lowercase letters, digits and dashes)`).max(100, `${field}: at most 100 characters`)

export const StoreSearchProducts = z
  .object({
    q: z.string().trim().max(MAX_QUERY_LENGTH, `q: at most ${MAX_QUERY_LENGTH} characters`).default(""),
    category: handle("category").optional(),
    vendor: handle("vendor").optional(),
    brand: flag("brand"),
    next_round: flag("next_round"),
    limit: z.coerce.number().int().min(1).max(50).default(12),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
export type StoreSearchProducts = z.infer<typeof StoreSearchProducts>
