import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { setMakerMinimumWorkflow } from "../../../workflows/minimum/workflows/set-maker-minimum"
import { shopOfRequest } from "@rbv/kit"
import type { VendorSetRoundMinimum } from "./validators"

async function respond(req: AuthenticatedMedusaRequest, res: MedusaResponse, vendor_id: string) {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[minimum], { data: outcomes }] = await Promise.all([
    service.listMakerMinimums({ vendor_id }, { take: 1 }),
    // orders: the maker's child orders of that round (links/maker-outcome-orders).
    query.graph({
      entity: "maker_round_outcome",
      fields: ["outcome", "total", "minimum", "round.id", "round.starts_at", "orders.id"],
      filters: { vendor_id },
      pagination: { order: { created_at: "DESC" }, take: 10 },
    }),
  ])
  res.json({
    round_minimum: minimum ? { amount: Number(minimum.amount), below: minimum.below } : null,
    outcomes: outcomes.map((o: any) => ({
      round_id: o.round.id,
      starts_at: o.round.starts_at,
      outcome: o.outcome,
      total: Number(o.total),
      minimum: Number(o.minimum),
      orders: (o.orders ?? []).length,
    })),
  })
}

/** GET /vendor/round-minimum → { round_minimum: { amount, below } | null, outcomes: the last rounds' decisions } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => respond(req, res, shopOfRequest(req).id)

/** POST /vendor/round-minimum { amount: number | null, below: "release" | "keep" } */
export const POST = async (req: AuthenticatedMedusaRequest<VendorSetRoundMinimum>, res: MedusaResponse) => {
  const vendor_id = shopOfRequest(req).id
  const { amount, below } = req.validatedBody
  await setMakerMinimumWorkflow(req.scope).run({ input: { vendor_id, minimum: amount === null ? null : { amount, below } } })
  return respond(req, res, vendor_id)
}
