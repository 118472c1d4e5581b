import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { orderBreakdown } from "../../../../../../lib/order-breakdown"
import { brandOfProducts } from "../../../../../../lib/product-brand"
import { ROUNDUP_METADATA_KEY } from "../../../../../../lib/round-up"

// The cart's goods (delivery aside) split into who gets what, like each product page does.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.*"], filters: { id: req.params.id } })
  const cart = data[0] as any
  if (!cart) throw refusal(MedusaError.Types.NOT_FOUND, "cart_not_found", `Cart ${req.params.id} was not found`, "id")
  const items = (cart.items ?? []) as any[]
  const brands = await brandOfProducts(req.scope, [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[])
  const lines = items.map((i) => ({
    amount: Math.round(Number(i.unit_price) * 100) * Number(i.quantity),
    rates: i.product_id ? (brands.get(i.product_id)?.rates ?? null) : null,
    roundup: Boolean(i.metadata?.[ROUNDUP_METADATA_KEY]),
  }))
  res.json({ breakdown: orderBreakdown(lines) })
}
