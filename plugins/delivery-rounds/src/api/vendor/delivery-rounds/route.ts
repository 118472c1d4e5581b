import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadRoundContext } from "../../../lib/round-context"
import { vendorRoundPackingList } from "../../../lib/round-view"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { shopOfRequest } from "@rbv/kit"

const ACTIVE = ["open", "closed", "planned", "in_progress"]

/**
 * GET /vendor/delivery-rounds → for each coming round, what this maker prepares: one labelled
 * packing list per resident order, when goods must be at the hub (or when the rider collects),
 * and when the packing list was e-mailed (packing_list_sent_at, once the round closed).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const vendorId = shopOfRequest(req).id

  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const rounds = await service.listDeliveryRounds({ status: ACTIVE }, { order: { starts_at: "ASC" }, take: null })
  const lists: NonNullable<ReturnType<typeof vendorRoundPackingList>>[] = []
  for (const round of rounds) {
    const list = vendorRoundPackingList(await loadRoundContext(req.scope, round.id), vendorId)
    if (list) lists.push(list)
  }
  // When the packing list went out by e-mail (the round closed), per round.
  const sent = lists.length ? await service.listPackingListDispatches({ vendor_id: vendorId, round_id: lists.map((l) => l.id) }, { take: null }) : []
  const sentAt = new Map(sent.map((d) => [d.round_id, d.sent_at]))
  res.json({ rounds: lists.map((l) => ({ ...l, packing_list_sent_at: sentAt.get(l.id) ?? null })) })
}
