import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { limitsOfProducts } from "../../../../../lib/batch-wants"
import { DELIVERY_MODULE } from "../../../../../modules/delivery"
import type DeliveryModuleService from "../../../../../modules/delivery/service"
import { batchKey } from "../../../../../modules/delivery/service"

const NEXT_ROUNDS = 4

/**
 * GET /store/delivery-rounds/products/:id → how many are left for each of the next open rounds
 * ("ne restano 6 per giovedì"), when the maker bakes it in limited batches; `limited: false` otherwise.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: req.params.id } })
  if (!products[0] || products[0].status !== "published") throw refusal(MedusaError.Types.NOT_FOUND, "product_not_found", `Product ${req.params.id} was not found`, "id")
  const limit = (await limitsOfProducts(req.scope, [req.params.id])).get(req.params.id)
  if (!limit) return res.json({ product_id: req.params.id, limited: false, rounds: [] })
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const rounds = await service.listDeliveryRounds({ status: "open", cutoff_at: { $gt: new Date() } }, { order: { starts_at: "ASC" }, take: NEXT_ROUNDS })
  const left = await service.batchUnitsLeft([limit.id], rounds.map((r) => r.id))
  res.json({
    product_id: req.params.id,
    limited: true,
    rounds: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      starts_at: r.starts_at,
      ends_at: r.ends_at,
      cutoff_at: r.cutoff_at,
      left: left.get(batchKey(limit.id, r.id)) ?? 0,
    })),
  })
}
