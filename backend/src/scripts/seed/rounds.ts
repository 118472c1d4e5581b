import {
  createDeliveryZonesWorkflow,
  createPickupPointsWorkflow,
  createRoundsFromTemplateWorkflow,
  createRoundTemplateWorkflow,
} from "@rbv/delivery-rounds/workflows"
import { makers } from "../demo-district"
import { HUB, query, SeedContainer } from "./context"

export const DEMO_ZONES = [
  { name: "Veronetta Nord", postal_codes: ["37129"] },
  { name: "Veronetta Sud", postal_codes: ["37131"] },
]

const THURSDAY_EVENINGS = [["17:00", "20:00"]]
const bakery = makers.find((m) => m.handle === "forno-san-nazaro") ?? makers[0]

export const DEMO_PICKUP_POINTS = [
  {
    name: HUB.name,
    address_1: HUB.address.address_1,
    postal_code: HUB.address.postal_code,
    city: HUB.address.city,
    lat: HUB.lat,
    lng: HUB.lng,
    opening_hours: { tue: [["16:00", "19:00"]], thu: THURSDAY_EVENINGS, sat: [["10:00", "12:30"]] },
    is_hub: true,
  },
  {
    name: bakery.name,
    address_1: bakery.place.address_1,
    postal_code: bakery.place.postal_code,
    city: bakery.place.city,
    lat: bakery.place.lat,
    lng: bakery.place.lng,
    opening_hours: { thu: THURSDAY_EVENINGS, fri: [["07:00", "13:00"]], sat: [["07:00", "13:00"]] },
    is_hub: false,
  },
]

export const DEMO_TEMPLATE_NAME = "Giro del giovedì sera"
const FIRST_ROUND_OPEN_FOR_MS = 3 * 3_600_000

/** Two zones, two pickup points, the weekly Thursday round and its next two rounds. Idempotent. */
export async function seedRounds(container: SeedContainer) {
  const q = query(container)
  const [{ data: zones }, { data: points }, { data: templates }] = await Promise.all([
    q.graph({ entity: "delivery_zone", fields: ["id", "name"] }),
    q.graph({ entity: "pickup_point", fields: ["id", "name"] }),
    q.graph({ entity: "round_template", fields: ["id", "name"], filters: { name: DEMO_TEMPLATE_NAME } }),
  ])
  const missingZones = DEMO_ZONES.filter((z) => !zones.some((have: { name: string }) => have.name === z.name))
  if (missingZones.length) {
    const { result } = await createDeliveryZonesWorkflow(container).run({ input: { zones: missingZones } })
    zones.push(...result)
  }
  const missingPoints = DEMO_PICKUP_POINTS.filter((p) => !points.some((have: { name: string }) => have.name === p.name))
  if (missingPoints.length) {
    const { result } = await createPickupPointsWorkflow(container).run({ input: { pickup_points: missingPoints } })
    points.push(...result)
  }

  let templateId = templates[0]?.id as string | undefined
  if (!templateId) {
    const { result } = await createRoundTemplateWorkflow(container).run({
      input: {
        name: DEMO_TEMPLATE_NAME,
        weekday: 4,
        start_time: "17:00",
        end_time: "20:00",
        cutoff_weekday: 2,
        cutoff_time: "23:59",
        dropoff_hours_before: 2,
        max_drops: 30,
        vehicle_profile: "cargo_bike",
        collection_mode: "hub_dropoff",
        delivery_fee: 250,
        zone_ids: zones.filter((z: { name: string }) => DEMO_ZONES.some((d) => d.name === z.name)).map((z: { id: string }) => z.id),
        pickup_point_ids: points.filter((p: { name: string }) => DEMO_PICKUP_POINTS.some((d) => d.name === p.name)).map((p: { id: string }) => p.id),
      },
    })
    templateId = result.id as string
  }
  // Weeks already generated are skipped by the workflow itself. A round whose orders close within
  // the next hours is left out: the demo's first round must stay open while someone tries it (and
  // while a test run seeded from it lasts — a run crossing Tuesday 23:59 in Rome got round_closed).
  const now = new Date(Date.now() + FIRST_ROUND_OPEN_FOR_MS)
  const { result: rounds } = await createRoundsFromTemplateWorkflow(container).run({ input: { template_id: templateId, weeks: 2, now } })
  return { templateId, newRounds: rounds.length }
}
