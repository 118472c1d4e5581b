import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { zoneServes } from "../../lib/zone-match"
import { DeliveryRound } from "./models/delivery-round"
import { DeliveryStop } from "./models/delivery-stop"
import { DeliveryZone } from "./models/delivery-zone"
import { PackingListDispatch } from "./models/packing-list-dispatch"
import { PickupPoint } from "./models/pickup-point"
import { RoundTemplate } from "./models/round-template"
import { Volunteer } from "./models/volunteer"

export default class DeliveryModuleService extends MedusaService({
  DeliveryZone,
  PickupPoint,
  DeliveryRound,
  RoundTemplate,
  DeliveryStop,
  Volunteer,
  PackingListDispatch,
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

  /**
   * Why a round cannot take an order for this address right now (null when it can): closed or
   * past cutoff, full (home deliveries only: pickups do not ride the bike), or not serving the zone.
   */
  async whyRoundRefuses(
    round_id: string,
    choice: { pickup_point_id?: string | null; postal_code?: string | null; point?: { lat?: number | null; lng?: number | null } },
    now = new Date()
  ): Promise<string | null> {
    const [round] = await this.listDeliveryRounds({ id: round_id }, { take: 1 })
    if (!round) return "This delivery round no longer exists: choose another round"
    if (round.status !== "open" || new Date(round.cutoff_at) <= now) {
      return "This delivery round is closed for new orders (past its cutoff): choose another round"
    }
    if (choice.pickup_point_id) {
      const points = (round.pickup_point_ids ?? []) as unknown as string[]
      return points.includes(choice.pickup_point_id) ? null : "This pickup point is not part of the chosen round"
    }
    if (round.drops_taken >= round.max_drops) return "This delivery round is full: choose another round or a pickup point"
    const zones = await this.listDeliveryZones({ id: (round.zone_ids ?? []) as unknown as string[] }, { take: null })
    if (!zones.some((z) => zoneServes(z, choice.postal_code, choice.point))) {
      return "This delivery round does not serve your address: choose a pickup point"
    }
    return null
  }

  /** Riders see the rounds assigned to them, planners every round; soonest first. Lists leave cancelled rounds out. */
  async roundsVisibleTo(volunteer_id: string, round_id?: string) {
    const [volunteer] = await this.listVolunteers({ id: volunteer_id }, { take: 1 })
    if (!volunteer) return []
    const rounds = await this.listDeliveryRounds(
      round_id ? { id: round_id } : { status: { $ne: "cancelled" } },
      { order: { starts_at: "ASC" }, take: null }
    )
    return rounds.filter((r) => volunteer.role === "planner" || ((r.volunteer_ids ?? []) as unknown as string[]).includes(volunteer_id))
  }

  async volunteerSeesRound(volunteer_id: string, round_id: string): Promise<boolean> {
    return (await this.roundsVisibleTo(volunteer_id, round_id)).length === 1
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
