import fc from "fast-check"
import type { Job, Problem, Shipment, TimeWindow, Vehicle } from "../types"

/** Random VROOM problems on small matrices: every feature the planner supports. */
const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 150 }))
  .map(([a, len]): TimeWindow => [a, a + len])

const windowsArb = fc
  .array(windowArb, { minLength: 1, maxLength: 2 })
  .map((ws) => ws.sort((x, y) => x[0] - y[0]))

const amountArb = (dims: number, max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: dims, maxLength: dims })

const skillsArb = fc.subarray([1, 2])

function vehicleArb(nLoc: number, dims: number): fc.Arbitrary<Omit<Vehicle, "id">> {
  return fc.record(
    {
      start_index: fc.integer({ min: 0, max: nLoc - 1 }),
      end_index: fc.integer({ min: 0, max: nLoc - 1 }),
      capacity: amountArb(dims, 10),
      time_window: windowArb.map(([a, b]): TimeWindow => [a, b + 200]),
      max_tasks: fc.integer({ min: 0, max: 6 }),
      costs: fc.record({ fixed: fc.integer({ min: 0, max: 100 }) }),
      skills: skillsArb,
    },
    { requiredKeys: ["capacity"] },
  )
}

function jobArb(nLoc: number, dims: number): fc.Arbitrary<Omit<Job, "id">> {
  return fc.record(
    {
      location_index: fc.integer({ min: 0, max: nLoc - 1 }),
      delivery: amountArb(dims, 5),
      pickup: amountArb(dims, 5),
      service: fc.integer({ min: 0, max: 10 }),
      time_windows: windowsArb,
      priority: fc.integer({ min: 0, max: 3 }),
      skills: skillsArb,
    },
    { requiredKeys: ["location_index"] },
  )
}

function shipmentArb(nLoc: number, dims: number) {
  const step = fc.record(
    {
      location_index: fc.integer({ min: 0, max: nLoc - 1 }),
      service: fc.integer({ min: 0, max: 10 }),
      time_windows: windowsArb,
    },
    { requiredKeys: ["location_index"] },
  )
  return fc.record(
    { pickup: step, delivery: step, amount: amountArb(dims, 5), priority: fc.integer({ min: 0, max: 3 }) },
    { requiredKeys: ["pickup", "delivery", "amount"] },
  )
}

export interface ArbSizes {
  maxLocations: number
  maxVehicles: number
  maxJobs: number
  maxShipments: number
}

/** Random problems up to the given sizes. */
export function problemArbOf(size: ArbSizes): fc.Arbitrary<Problem> {
  return fc
    .record({ nLoc: fc.integer({ min: 2, max: size.maxLocations }), dims: fc.integer({ min: 0, max: 2 }) })
    .chain(({ nLoc, dims }) =>
      fc.record({
        matrix: fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: nLoc, maxLength: nLoc }), {
          minLength: nLoc,
          maxLength: nLoc,
        }),
        vehicles: fc.array(vehicleArb(nLoc, dims), { minLength: 1, maxLength: size.maxVehicles }),
        jobs: fc.array(jobArb(nLoc, dims), { maxLength: size.maxJobs }),
        shipments: fc.array(shipmentArb(nLoc, dims), { maxLength: size.maxShipments }),
      }),
    )
    .map(({ matrix, vehicles, jobs, shipments }) => ({
      vehicles: vehicles.map((v, i) => ({ id: i + 1, ...v })),
      jobs: jobs.map((j, i) => ({ id: i + 1, ...j })),
      shipments: shipments.map((s, i): Shipment => ({
        ...s,
        pickup: { id: 100 + i, ...s.pickup },
        delivery: { id: 200 + i, ...s.delivery },
      })),
      matrices: { car: { durations: matrix } },
    }))
}

export const problemArb = problemArbOf({ maxLocations: 9, maxVehicles: 3, maxJobs: 9, maxShipments: 3 })
