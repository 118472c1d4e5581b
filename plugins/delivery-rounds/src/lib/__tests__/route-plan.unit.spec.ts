import { solve } from "../../planner"
import { applyLocks, baselineDistance, buildProblem, roadMetres, timeline, visitsOf, type PlanInput } from "../route-plan"
import { desiredRoundOptions, optionKey, slotLabel } from "../round-options"

const hub = { name: "Casa Comune", lat: 45.4426, lng: 11.0068 }
const makers = [
  { vendor_id: "ven_forno", name: "Forno", lat: 45.4431, lng: 11.0081 },
  { vendor_id: "ven_miele", name: "Miele", lat: 45.4469, lng: 11.0203 },
]
const stops = [
  { id: "s1", name: "Giulia", lat: 45.4409, lng: 11.0072, vendor_ids: ["ven_forno"] },
  { id: "s2", name: "Marco", lat: 45.4393, lng: 11.0061, vendor_ids: ["ven_forno", "ven_miele"] },
  { id: "s3", name: "Sofia", lat: 45.4377, lng: 11.0021, vendor_ids: ["ven_miele"] },
]
const input = (mode: PlanInput["collection_mode"]): PlanInput => ({
  starts_at: "2026-11-26T16:00:00.000Z",
  ends_at: "2026-11-26T19:00:00.000Z",
  vehicle_profile: "cargo_bike",
  collection_mode: mode,
  hub,
  stops,
  makers,
})

describe("route plan of a round", () => {
  it("hub drop-off: every stop delivered once, from the hub back to the hub, ETAs inside the window", () => {
    const plan = input("hub_dropoff")
    const solution = solve(buildProblem(plan, stops), { seed: 1, timeLimitMs: 200 })
    const { visits, unassigned } = visitsOf(plan, stops, solution)
    expect(unassigned).toEqual([])
    expect(visits.map((v) => v.stop_id).sort()).toEqual(["s1", "s2", "s3"])
    const { steps, distance_m, duration_s } = timeline(plan, stops, visits)
    expect(steps[0]).toMatchObject({ type: "start", name: "Casa Comune" })
    expect(steps.at(-1)).toMatchObject({ type: "end", name: "Casa Comune" })
    expect(steps.reduce((n, s) => n + s.distance_m, 0)).toBe(distance_m)
    for (let i = 1; i < steps.length; i++) expect(new Date(steps[i].arrival).getTime()).toBeGreaterThanOrEqual(new Date(steps[i - 1].arrival).getTime())
    expect(new Date(steps.at(-1)!.arrival).getTime()).toBeLessThanOrEqual(new Date(plan.ends_at).getTime())
    expect(duration_s).toBeGreaterThan(3 * 120)
  })

  it("workshop collection: each maker is visited before the residents it supplies", () => {
    const plan = input("workshop_pickup")
    const solution = solve(buildProblem(plan, stops), { seed: 1, timeLimitMs: 200 })
    const { visits, unassigned } = visitsOf(plan, stops, solution)
    expect(unassigned).toEqual([])
    for (const stop of stops) {
      const delivered = visits.findIndex((v) => v.stop_id === stop.id)
      for (const vendor of stop.vendor_ids) {
        const collected = visits.findIndex((v) => v.type === "collect" && v.vendor_id === vendor)
        expect(collected).toBeGreaterThanOrEqual(0)
        expect(collected).toBeLessThan(delivered)
      }
    }
  })

  it("locked stops keep the position the volunteer gave them; the others keep the solver's order", () => {
    const visits = ["s1", "s2", "s3"].map((id) => ({ type: "deliver" as const, stop_id: id, vendor_id: null }))
    const free = visits.filter((v) => v.stop_id !== "s3")
    expect(applyLocks(free, [{ stop_id: "s3", position: 1 }]).map((v) => v.stop_id)).toEqual(["s3", "s1", "s2"])
    expect(applyLocks(free, [{ stop_id: "s3", position: 99 }]).map((v) => v.stop_id)).toEqual(["s1", "s2", "s3"])
    expect(applyLocks(visits, []).map((v) => v.stop_id)).toEqual(["s1", "s2", "s3"])
  })

  it("baseline: every maker drives a round trip through its own residents", () => {
    const forno = roadMetres(makers[0], stops[0]) + roadMetres(stops[0], stops[1]) + roadMetres(stops[1], makers[0])
    const onlyForno = baselineDistance(stops.slice(0, 2).map((s) => ({ ...s, vendor_ids: ["ven_forno"] })), [makers[0]])
    expect(onlyForno).toBe(forno)
    expect(baselineDistance(stops, makers)).toBeGreaterThan(onlyForno)
  })
})

describe("shipping options of a round", () => {
  const round = {
    id: "dround_1",
    name: "Giro del giovedì",
    status: "open",
    starts_at: "2026-11-26T16:00:00.000Z",
    ends_at: "2026-11-26T19:00:00.000Z",
    delivery_fee: 250,
    zone_ids: ["dzone_1"],
    pickup_point_ids: ["pkp_hub", "pkp_missing"],
  }
  const points = [{ id: "pkp_hub", name: "Casa Comune" }]

  it("an open round offers home delivery at its fee and a free slot per existing pickup point", () => {
    const options = desiredRoundOptions(round, points)
    expect(options.map((o) => [o.name, o.amount])).toEqual([
      ["Consegna a casa · gio 26 nov, 17:00–20:00", 2.5],
      ["Ritiro: Casa Comune · gio 26 nov, 17:00–20:00", 0],
    ])
    expect(options.map((o) => optionKey(o.data))).toEqual(["dround_1:home", "dround_1:pkp_hub"])
  })

  it("a closed round keeps its options (its orders are fulfilled through them); a finished one has none", () => {
    expect(desiredRoundOptions({ ...round, status: "closed" }, points)).toHaveLength(2)
    expect(desiredRoundOptions({ ...round, status: "completed" }, points)).toEqual([])
    expect(desiredRoundOptions({ ...round, status: "cancelled" }, points)).toEqual([])
    expect(desiredRoundOptions({ ...round, zone_ids: [] }, points).map((o) => o.data.id)).toEqual(["pickup-point"])
  })

  it("names the slot in Rome time across daylight saving", () => {
    expect(slotLabel("2026-07-02T15:00:00.000Z", "2026-07-02T18:00:00.000Z")).toBe("gio 2 lug, 17:00–20:00")
  })
})
