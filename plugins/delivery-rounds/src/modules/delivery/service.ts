import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { zoneServes } from "../../lib/zone-match"
import { BatchClaim } from "./models/batch-claim"
import { BatchLimit } from "./models/batch-limit"
import { BatchUsage } from "./models/batch-usage"
import { MakerMinimum } from "./models/maker-minimum"
import { MakerRoundOutcome } from "./models/maker-round-outcome"
import { DeliveryRound } from "./models/delivery-round"
import { DeliveryStop } from "./models/delivery-stop"
import { DeliveryStopOrder } from "./models/delivery-stop-order"
import { DeliveryZone } from "./models/delivery-zone"
import { DeliveryDropClaim } from "./models/drop-claim"
import { PackingListDispatch } from "./models/packing-list-dispatch"
import { PickupPoint } from "./models/pickup-point"
import { RoundTemplate } from "./models/round-template"
import { Volunteer } from "./models/volunteer"
import { ROUND_REFS, roundRefIds, TEMPLATE_REFS, templateRefIds } from "./round-refs"

export type JoinStopInput = {
  round_id: string
  order_id: string
  address_key: string | null
  kind: "home" | "pickup"
  pickup_point_id: string | null
  lat: number | null
  lng: number | null
  /** Which ride of the order this is (1 at checkout; a later round after a failed delivery: 2, 3…). */
  attempt?: number
}

// One drop of a round, only while it is open, before its cutoff and not full: a single
// conditional UPDATE, so the last drops go to exactly as many checkouts.
const TAKE_DROP_SQL = `update "delivery_round" set "drops_taken" = "drops_taken" + 1, "updated_at" = now()
  where "id" = ? and "deleted_at" is null and "status" = 'open'
    and "drops_taken" < "max_drops" and "cutoff_at" > now()
  returning "id"`

// A drop for an order put back into a round after a failed delivery: the round's cutoff does not matter (the goods are
// at the hub), only that it has not been planned or left yet and is not full.
const TAKE_REROUTE_DROP_SQL = `update "delivery_round" set "drops_taken" = "drops_taken" + 1, "updated_at" = now()
  where "id" = ? and "deleted_at" is null and "status" in ('open', 'closed')
    and "drops_taken" < "max_drops" and "starts_at" > now()
  returning "id"`

export type JoinedStop = { stop_id: string; stop_order_id: string; created: boolean; mine: boolean }

export default class DeliveryModuleService extends MedusaService({
  DeliveryZone,
  PickupPoint,
  DeliveryRound,
  RoundTemplate,
  DeliveryStop,
  DeliveryStopOrder,
  DeliveryDropClaim,
  Volunteer,
  PackingListDispatch,
  BatchLimit,
  BatchUsage,
  BatchClaim,
  MakerMinimum,
  MakerRoundOutcome,
}) {
  /**
   * Open rounds serving an address (CAP or, when given, coordinates), before cutoff, with drops
   * left — or with a stop already waiting at this address (`address_key`), which takes no new drop.
   */
  async roundsServing(
    postal_code: string | null | undefined,
    point?: { lat?: number | null; lng?: number | null },
    address_key?: string | null,
    now = new Date()
  ) {
    const zones = await this.listDeliveryZones({}, { take: null })
    const zoneIds = new Set(zones.filter((z) => zoneServes(z, postal_code, point)).map((z) => z.id))
    if (!zoneIds.size) return []
    const rounds = await this.listRoundsWithRefs({ status: "open", cutoff_at: { $gt: now } }, { order: { starts_at: "ASC" }, take: null })
    const waiting = address_key
      ? new Set((await this.listDeliveryStops({ round_id: rounds.map((r) => r.id), address_key, status: "scheduled" }, { take: null })).map((s) => s.round_id))
      : new Set<string>()
    return rounds
      .filter((r) => r.drops_taken < r.max_drops || waiting.has(r.id))
      .filter((r) => r.zone_ids.some((id) => zoneIds.has(id)))
  }

  /** Rounds with the ids of their zones, pickup points and volunteers (`zone_ids`, …) in place of the relations. */
  async listRoundsWithRefs(filters: ListFilters<this["listDeliveryRounds"]>, config: ListConfig<this["listDeliveryRounds"]> = {}) {
    const rounds = await this.listDeliveryRounds(filters, { ...config, relations: [...(config.relations ?? []), ...ROUND_REFS] })
    return rounds.map(roundRefIds)
  }

  async retrieveRoundWithRefs(id: string) {
    return roundRefIds(await this.retrieveDeliveryRound(id, { relations: ROUND_REFS }))
  }

  async retrieveTemplateWithRefs(id: string) {
    return templateRefIds(await this.retrieveRoundTemplate(id, { relations: TEMPLATE_REFS }))
  }

  /** A scheduled stop of the round waits at this address already: another order there joins it and takes no drop. */
  async stopAwaits(round_id: string, address_key: string | null | undefined): Promise<boolean> {
    if (!address_key) return false
    return (await this.listDeliveryStops({ round_id, address_key, status: "scheduled" }, { take: 1 })).length === 1
  }

  /**
   * Why a round cannot take an order for this address right now (null when it can): closed or
   * past cutoff, full (home deliveries only: pickups do not ride the bike; an address the round
   * already stops at is never "full"), or not serving the zone.
   */
  async whyRoundRefuses(round_id: string, choice: RoundChoiceInput, now = new Date()): Promise<RoundRefusal | null> {
    const [round] = await this.listRoundsWithRefs({ id: round_id }, { take: 1 })
    if (!round) return ROUND_NOT_FOUND
    if (round.status !== "open" || new Date(round.cutoff_at) <= now) {
      return { code: "round_closed", message: "This delivery round is closed for new orders (past its cutoff): choose another round" }
    }
    return this.whyRoundCannotServe(round, choice)
  }

  /**
   * Why a round cannot take back an order whose delivery failed in another round (null when it can): the goods wait at
   * the hub, so the round's cutoff for the makers does not matter, only that it has not left yet, has no plan yet, and
   * serves the door (or the pickup point) with a drop left.
   */
  async whyRoundRefusesReroute(round_id: string, choice: RoundChoiceInput, now = new Date()): Promise<RoundRefusal | null> {
    const [round] = await this.listRoundsWithRefs({ id: round_id }, { take: 1 })
    if (!round) return ROUND_NOT_FOUND
    if (!REROUTE_STATUSES.includes(round.status) || new Date(round.starts_at) <= now) {
      return { code: "round_not_reroutable", message: "An order can be put only into a round that has not been planned or left yet" }
    }
    return this.whyRoundCannotServe(round, choice)
  }

  /** The rounds a failed order can be put into, soonest first (those `whyRoundRefusesReroute` accepts). */
  async roundsTakingReroute(choice: RoundChoiceInput, except_round_id: string, now = new Date()) {
    const rounds = await this.listRoundsWithRefs({ status: REROUTE_STATUSES, starts_at: { $gt: now }, id: { $ne: except_round_id } }, { order: { starts_at: "ASC" }, take: null })
    const taking = await Promise.all(rounds.map(async (r) => ((await this.whyRoundCannotServe(r, choice)) ? null : r)))
    return taking.filter((r): r is (typeof rounds)[number] => r !== null)
  }

  private async whyRoundCannotServe(round: { id: string; drops_taken: number; max_drops: number; zone_ids: string[]; pickup_point_ids: string[] }, choice: RoundChoiceInput) {
    if (choice.pickup_point_id) {
      return round.pickup_point_ids.includes(choice.pickup_point_id) ? null : { code: "pickup_point_not_in_round", message: "This pickup point is not part of the chosen round" }
    }
    if (round.drops_taken >= round.max_drops && !(await this.stopAwaits(round.id, choice.address_key)) && !(await this.holdsDropClaim(round.id, choice.cart_id))) {
      return { code: "round_full", message: "This delivery round is full: choose another round or a pickup point" }
    }
    const zones = await this.listDeliveryZones({ id: round.zone_ids }, { take: null })
    if (!zones.some((z) => zoneServes(z, choice.postal_code, choice.point))) {
      return { code: "round_out_of_zone", message: "This delivery round does not serve your address: choose a pickup point" }
    }
    return null
  }

  /** Riders see the rounds assigned to them, planners every round; soonest first. Lists leave cancelled rounds out. */
  async roundsVisibleTo(volunteer_id: string, round_id?: string) {
    const [volunteer] = await this.listVolunteers({ id: volunteer_id }, { take: 1 })
    if (!volunteer) return []
    const rounds = await this.listRoundsWithRefs(
      round_id ? { id: round_id } : { status: { $ne: "cancelled" } },
      { order: { starts_at: "ASC" }, take: null }
    )
    return rounds.filter((r) => volunteer.role === "planner" || r.volunteer_ids.includes(volunteer_id))
  }

  async volunteerSeesRound(volunteer_id: string, round_id: string): Promise<boolean> {
    return (await this.roundsVisibleTo(volunteer_id, round_id)).length === 1
  }

  /** Each order's current ride: the row of its latest attempt (after a failed delivery an order may ride again). */
  async currentStopOrders(order_ids: string[], relations: string[] = []) {
    const rows = await this.listDeliveryStopOrders({ order_id: order_ids }, { take: null, relations, order: { attempt: "DESC" } })
    const current = new Map<string, (typeof rows)[number]>()
    for (const row of rows) if (!current.has(row.order_id)) current.set(row.order_id, row)
    return current
  }

  async currentStopOrder(order_id: string, relations: string[] = []) {
    return (await this.currentStopOrders([order_id], relations)).get(order_id)
  }

  /**
   * The order joins the scheduled stop of its round at the same address (or, at a pickup
   * point, of the same resident), or opens a new one. Two orders from one door completing at
   * once meet the unique index: the loser joins the winner's stop. Two callers for one order
   * (the order's event and the makers' split) meet the order's unique row: the loser gives back
   * a stop it opened and reads the winner's row (`mine: false`, nothing of its own to undo).
   */
  async joinStop(input: JoinStopInput): Promise<JoinedStop> {
    const { order_id, attempt = 1, ...stop } = input
    const find = async () =>
      stop.address_key ? (await this.listDeliveryStops({ round_id: stop.round_id, address_key: stop.address_key, status: "scheduled" }, { take: 1 }))[0] : undefined
    let found = await find()
    let created = false
    if (!found) {
      try {
        found = await this.createDeliveryStops(stop)
        created = true
      } catch (error) {
        found = await find()
        if (!found) throw error
      }
    }
    try {
      const row = await this.createDeliveryStopOrders({ order_id, attempt, stop_id: found.id })
      return { stop_id: found.id, stop_order_id: row.id, created, mine: true }
    } catch (error) {
      const theirs = await this.currentStopOrder(order_id)
      if (created) await this.deleteDeliveryStops(found.id)
      if (!theirs) throw error
      return { stop_id: theirs.stop_id, stop_order_id: theirs.id, created: false, mine: false }
    }
  }

  /** Undoes joinStop: the order's row goes, and the stop too when it opened it and nobody else joined. */
  async leaveStop(joined: JoinedStop) {
    if (!joined.mine) return
    await this.deleteDeliveryStopOrders(joined.stop_order_id)
    if (!joined.created) return
    const others = await this.listDeliveryStopOrders({ stop_id: joined.stop_id }, { take: 1 })
    if (!others.length) await this.deleteDeliveryStops(joined.stop_id)
  }

  /** Takes one drop of a round, atomically: false when the round is full, closed or past cutoff. */
  @InjectManager()
  async takeDrop(round_id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(TAKE_DROP_SQL, [round_id])
    return rows.length === 1
  }

  /** Takes one drop of a round for a failed order put into it, atomically (see TAKE_REROUTE_DROP_SQL). */
  @InjectManager()
  async takeRerouteDrop(round_id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(TAKE_REROUTE_DROP_SQL, [round_id])
    return rows.length === 1
  }

  /**
   * The drop a cart's checkout takes, as a claim of (round, cart): the claim and the round's count
   * in one transaction, so the last N drops go to exactly N carts. The same cart again (a retried
   * or repeated completion) keeps its claim and takes nothing more. False when the round is full,
   * closed or past its cutoff (and the cart holds no claim on it).
   */
  @InjectTransactionManager()
  async claimDrop(round_id: string, cart_id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager!
    // A second completion of the same cart waits here for the first one's transaction.
    const inserted = await manager.execute(
      `insert into "delivery_drop_claim" ("id", "round_id", "cart_id") values (?, ?, ?)
        on conflict ("round_id", "cart_id") where "deleted_at" is null do nothing returning "id"`,
      [generateEntityId(undefined, "dclm"), round_id, cart_id]
    )
    if (!inserted.length) return true
    const taken = await manager.execute(TAKE_DROP_SQL, [round_id])
    if (taken.length) return true
    await manager.execute(`delete from "delivery_drop_claim" where "id" = ?`, [inserted[0].id])
    return false
  }

  async holdsDropClaim(round_id: string, cart_id: string | null | undefined): Promise<boolean> {
    if (!cart_id) return false
    return (await this.listDeliveryDropClaims({ round_id, cart_id }, { take: 1 })).length === 1
  }

  /** Gives back the drop a cart claimed and no order holds (a compensation, the sweep of stale claims); the count in the same statement. */
  @InjectManager()
  async releaseDropClaim(round_id: string, cart_id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `with "gone" as (
         delete from "delivery_drop_claim" where "round_id" = ? and "cart_id" = ? and "order_id" is null and "deleted_at" is null returning "round_id")
       update "delivery_round" set "drops_taken" = "drops_taken" - 1, "updated_at" = now()
        where "id" in (select "round_id" from "gone") and "drops_taken" > 0
        returning "id"`,
      [round_id, cart_id]
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

  /**
   * Takes units of a round's batches for one checkout, all or nothing. Each count goes up only
   * while it stays within the maker's quantity — one conditional UPDATE per batch, in id order,
   * so the last M units go to exactly M carts. When something does not fit, what this call took
   * is put back before the transaction ends and the shortfalls are returned.
   */
  @InjectTransactionManager()
  async takeBatchUnits(
    round_id: string,
    cart_id: string,
    wants: BatchWant[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ claim_ids: string[]; short: BatchShortfall[] }> {
    const manager = sharedContext.transactionManager!
    const taken: { usage_id: string; quantity: number }[] = []
    const short: BatchShortfall[] = []
    for (const want of [...wants].sort((a, b) => a.batch_limit_id.localeCompare(b.batch_limit_id))) {
      await manager.execute(
        `insert into "batch_usage" ("id", "batch_limit_id", "round_id", "taken", "created_at", "updated_at")
         values (?, ?, ?, 0, now(), now()) on conflict do nothing`,
        [generateEntityId(undefined, "buse"), want.batch_limit_id, round_id]
      )
      const rows = await manager.execute(
        `update "batch_usage" u set "taken" = u."taken" + ?, "updated_at" = now()
           from "batch_limit" l
          where l."id" = u."batch_limit_id" and l."deleted_at" is null and u."deleted_at" is null
            and u."batch_limit_id" = ? and u."round_id" = ? and u."taken" + ? <= l."quantity"
          returning u."id"`,
        [want.quantity, want.batch_limit_id, round_id, want.quantity]
      )
      if (rows.length) taken.push({ usage_id: rows[0].id, quantity: want.quantity })
      else short.push({ ...want, left: await this.unitsLeft(manager, want.batch_limit_id, round_id) })
    }
    if (short.length) {
      for (const t of taken) await this.giveBackUnits(manager, t.usage_id, t.quantity)
      return { claim_ids: [], short }
    }
    const claims = await this.createBatchClaims(
      taken.map((t) => ({ usage_id: t.usage_id, cart_id, quantity: t.quantity })),
      sharedContext
    )
    return { claim_ids: claims.map((c) => c.id), short }
  }

  /** Gives back the units of claims not released yet (an order or a maker's part cancelled, a failed checkout). */
  @InjectTransactionManager()
  async releaseBatchClaims(claim_ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    if (!claim_ids.length) return 0
    const manager = sharedContext.transactionManager!
    const released = await manager.execute(
      `update "batch_claim" set "released_at" = now(), "updated_at" = now()
        where "id" in (${claim_ids.map(() => "?").join(", ")}) and "released_at" is null and "deleted_at" is null
        returning "usage_id", "quantity"`,
      claim_ids
    )
    for (const r of released) await this.giveBackUnits(manager, r.usage_id, Number(r.quantity))
    return released.length
  }

  /** Undoes releaseBatchClaims (a compensation): the claims hold their units again, even past the limit. */
  @InjectTransactionManager()
  async reclaimBatchClaims(claim_ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (!claim_ids.length) return
    const manager = sharedContext.transactionManager!
    const reclaimed = await manager.execute(
      `update "batch_claim" set "released_at" = null, "updated_at" = now()
        where "id" in (${claim_ids.map(() => "?").join(", ")}) and "released_at" is not null
        returning "usage_id", "quantity"`,
      claim_ids
    )
    for (const r of reclaimed) {
      await manager.execute(`update "batch_usage" set "taken" = "taken" + ?, "updated_at" = now() where "id" = ?`, [Number(r.quantity), r.usage_id])
    }
  }

  /** Units left of each batch limit for each round (the maker's quantity when nothing is taken yet). */
  async batchUnitsLeft(batch_limit_ids: string[], round_ids: string[]): Promise<Map<string, number>> {
    const left = new Map<string, number>()
    if (!batch_limit_ids.length || !round_ids.length) return left
    const [limits, usages] = await Promise.all([
      this.listBatchLimits({ id: batch_limit_ids }, { take: null }),
      this.listBatchUsages({ batch_limit_id: batch_limit_ids, round_id: round_ids } as any, { take: null }),
    ])
    for (const limit of limits) {
      for (const round_id of round_ids) {
        const usage = usages.find((u: any) => u.batch_limit_id === limit.id && u.round_id === round_id) as any
        left.set(batchKey(limit.id, round_id), Math.max(0, limit.quantity - (usage?.taken ?? 0)))
      }
    }
    return left
  }

  private async unitsLeft(manager: EntityManager, batch_limit_id: string, round_id: string): Promise<number> {
    const rows = await manager.execute(
      `select l."quantity" - coalesce(u."taken", 0) as "left" from "batch_limit" l
         left join "batch_usage" u on u."batch_limit_id" = l."id" and u."round_id" = ? and u."deleted_at" is null
        where l."id" = ?`,
      [round_id, batch_limit_id]
    )
    return Math.max(0, Number(rows[0]?.left ?? 0))
  }

  private async giveBackUnits(manager: EntityManager, usage_id: string, quantity: number) {
    await manager.execute(
      `update "batch_usage" set "taken" = greatest("taken" - ?, 0), "updated_at" = now() where "id" = ?`,
      [quantity, usage_id]
    )
  }
}

type ListFilters<F extends (...args: any[]) => unknown> = Parameters<F>[0]
type ListConfig<F extends (...args: any[]) => unknown> = NonNullable<Parameters<F>[1]>

export type RoundRefusal = { code: string; message: string }

export type RoundChoiceInput = {
  pickup_point_id?: string | null
  postal_code?: string | null
  point?: { lat?: number | null; lng?: number | null }
  address_key?: string | null
  // A cart that already holds a drop of the round (a checkout retried) is not refused as full.
  cart_id?: string | null
}

const ROUND_NOT_FOUND: RoundRefusal = { code: "round_not_found", message: "This delivery round no longer exists: choose another round" }

// A failed order goes into a round that has not been planned or left yet.
const REROUTE_STATUSES = ["open", "closed"]
export type BatchWant = { batch_limit_id: string; quantity: number }
export type BatchShortfall = BatchWant & { left: number }
export const batchKey = (batch_limit_id: string, round_id: string) => `${batch_limit_id}:${round_id}`
