import { model } from "@medusajs/framework/utils"
import { PackingListDispatch } from "./packing-list-dispatch"
import { BatchUsage } from "./batch-usage"
import { MakerRoundOutcome } from "./maker-round-outcome"
import { DeliveryStop } from "./delivery-stop"
import { DeliveryZone } from "./delivery-zone"
import { PickupPoint } from "./pickup-point"
import { Volunteer } from "./volunteer"
import { ROUND_STATUSES, roundCapacity } from "./round-kinds"

/** One scheduled run: a delivery window, the zones and pickup points it serves, its capacity. */
export const DeliveryRound = model.define("delivery_round", {
  id: model.id({ prefix: "dround" }).primaryKey(),
  name: model.text().nullable(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  cutoff_at: model.dateTime(),
  dropoff_deadline: model.dateTime().nullable(),
  status: model.enum([...ROUND_STATUSES]).default("open"),
  ...roundCapacity(),
  drops_taken: model.number().default(0),
  zones: model.manyToMany(() => DeliveryZone, { mappedBy: "rounds", pivotTable: "delivery_round_zone", joinColumn: "round_id", inverseJoinColumn: "zone_id" }),
  pickup_points: model.manyToMany(() => PickupPoint, { mappedBy: "rounds", pivotTable: "delivery_round_pickup_point", joinColumn: "round_id", inverseJoinColumn: "pickup_point_id" }),
  template_id: model.text().nullable(),
  // Volunteers (riders) assigned to this round; planners see every round anyway.
  volunteers: model.manyToMany(() => Volunteer, { mappedBy: "rounds", pivotTable: "delivery_round_volunteer", joinColumn: "round_id", inverseJoinColumn: "volunteer_id" }),
  stops: model.hasMany(() => DeliveryStop, { mappedBy: "round" }),
  // The last plan: steps, km, km saved (see lib/route-plan.ts); null until planned.
  plan: model.json().nullable(),
  packing_lists: model.hasMany(() => PackingListDispatch, { mappedBy: "round" }),
  // Per batch limit, how many units the round has taken (see batch-usage.ts).
  batch_usages: model.hasMany(() => BatchUsage, { mappedBy: "round" }),
  // What the cutoff decided for each maker with a minimum (see maker-round-outcome.ts).
  maker_outcomes: model.hasMany(() => MakerRoundOutcome, { mappedBy: "round" }),
})
