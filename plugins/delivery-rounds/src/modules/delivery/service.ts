import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { zoneServes } from "../../lib/zone-match"
import { DeliveryRound } from "./models/delivery-round"
import { DeliveryZone } from "./models/delivery-zone"
import { PickupPoint } from "./models/pickup-point"
import { RoundTemplate } from "./models/round-template"

export default class DeliveryModuleService extends MedusaService({
  DeliveryZone,
  PickupPoint,
  DeliveryRound,
  RoundTemplate,
}) {
  /** Open rounds serving an address (CAP or, when given, coordinates), before cutoff, with drops left. */
  async roundsServing(postal_code: string | null | undefined, point?: { lat?: number | null; lng?: number | null }, now = new Date()) {
    const zones = await this.listDeliveryZones({}, { take: null })
    const zoneIds = new Set(zones.filter((z) => zoneServes(z, postal_code, point)).map((z) => z.id))
    if (!zoneIds.size) return []
    const rounds = await this.listDeliveryRounds(
      { status: "open", cutoff_at: { $gt: now } },
      { order: { starts_at: "ASC" }, take: null }
    )
    return rounds
      .filter((r) => r.drops_taken < r.max_drops)
      .filter((r) => ((r.zone_ids ?? []) as unknown as string[]).some((id) => zoneIds.has(id)))
  }

  /** Takes one drop of a round, atomically: false when the round is full, closed or past cutoff. */
  @InjectManager()
  async takeDrop(round_id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `update "delivery_round" set "drops_taken" = "drops_taken" + 1, "updated_at" = now()
        where "id" = ? and "deleted_at" is null and "status" = 'open'
          and "drops_taken" < "max_drops" and "cutoff_at" > now()
        returning "id"`,
      [round_id]
    )
    return rows.length === 1
  }

  /** Gives a drop back (an order cancelled, a compensation). */
  @InjectManager()
  async releaseDrop(round_id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `update "delivery_round" set "drops_taken" = "drops_taken" - 1, "updated_at" = now()
        where "id" = ? and "deleted_at" is null and "drops_taken" > 0
        returning "id"`,
      [round_id]
    )
    return rows.length === 1
  }
}
