import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const ADMIN_VENDOR_FIELDS = ["*", "members.*", "products.id"]

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, q, limit, offset } = req.validatedQuery as { status?: string; q?: string; limit: number; offset: number }
  const { data: vendors, metadata } = await query.graph({
    entity: "vendor",
    fields: ADMIN_VENDOR_FIELDS,
    filters: { ...(status ? { status } : {}), ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({
    vendors: vendors.map(({ products, ...v }: any) => ({ ...v, product_count: (products ?? []).filter(Boolean).length })),
    count: metadata?.count ?? vendors.length,
    limit,
    offset,
  })
}
