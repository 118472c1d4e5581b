import { mapLayers } from "../map-data"
import { round, stop } from "./fixtures"

describe("mapLayers", () => {
  it("numbers located stops in run order, leaves unlocated ones off the map and draws the planned route", () => {
    const layers = mapLayers(
      round({
        stops: [
          stop({ id: "b", position: 2, customer_name: "Bruno" }),
          stop({ id: "x", position: 3, lat: null, lng: null, located: false }),
          stop({ id: "a", position: 1, customer_name: "Anna", status: "delivered" }),
        ],
        plan: {
          planned_at: "2026-11-25T10:00:00.000Z",
          distance_m: 5000,
          duration_s: 3600,
          baseline_distance_m: 12000,
          saved_distance_m: 7000,
          unassigned: [],
          unlocated: ["x"],
          travel_source: "straight line × 1.3",
          steps: [
            { type: "start", stop_id: null, vendor_id: null, name: "Casa Comune", lat: 45.4425, lng: 11.0065, arrival: "2026-11-26T16:00:00.000Z", distance_m: 0 },
            { type: "deliver", stop_id: "a", vendor_id: null, name: "Anna", lat: 45.44, lng: 11.01, arrival: "2026-11-26T16:10:00.000Z", distance_m: 800 },
          ],
        },
      })
    )
    expect(layers.points.map((p) => [p.kind, p.badge, p.title])).toEqual([
      ["hub", "H", "Casa Comune"],
      ["stop", "1", "1. Anna"],
      ["stop", "2", "2. Bruno"],
    ])
    expect(layers.points[1].status).toBe("delivered")
    expect(layers.path).toEqual([
      [45.4425, 11.0065],
      [45.44, 11.01],
    ])
  })

  it("shows the makers' workshops only when the run collects from them", () => {
    const makers = [{ vendor_id: "v1", name: "Forno San Nazaro", address_1: "Via San Nazaro 10", lat: 45.44, lng: 11.0, items: [], orders_count: 1, ready_count: 0, ready: false }]
    expect(mapLayers(round({ makers, collection_mode: "hub_dropoff" })).points.map((p) => p.kind)).toEqual(["hub"])
    expect(mapLayers(round({ makers, collection_mode: "workshop_pickup" })).points.map((p) => p.kind)).toEqual(["hub", "maker"])
  })
})
