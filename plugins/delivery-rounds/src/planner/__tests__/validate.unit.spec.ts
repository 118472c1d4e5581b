import { formatErrors, validateProblem } from "../validate"
import { InvalidProblemError, solve } from "../solve"
import type { Problem, TimeWindow } from "../types"

/** Deliberately malformed values, typed as what the API would accept. */
const bad = <T>(value: unknown) => value as T

const base = () => ({
  vehicles: [{ id: 1, start_index: 0, end_index: 0, capacity: [10] }],
  jobs: [{ id: 1, location_index: 1, delivery: [2] }],
  matrices: { car: { durations: [[0, 5], [5, 0]] } },
})

const fieldsOf = (p: unknown) => validateProblem(p).map((e) => e.field)

describe("validateProblem", () => {
  it("accepts a well-formed problem", () => {
    expect(validateProblem(base())).toEqual([])
  })

  it("rejects a non-object and missing vehicles", () => {
    expect(fieldsOf(42)).toEqual(["(root)"])
    expect(fieldsOf({ jobs: [] })).toContain("vehicles")
    expect(fieldsOf({ vehicles: [] })).toContain("vehicles")
  })

  it("names an unknown location index", () => {
    const p = base()
    p.jobs[0].location_index = 7
    const errors = validateProblem(p)
    expect(errors).toHaveLength(1)
    expect(errors[0].field).toBe("jobs[0].location_index")
    expect(errors[0].message).toMatch(/unknown location index 7/)
  })

  it("names negative amounts", () => {
    const p = base()
    p.jobs[0].delivery = [-3]
    expect(fieldsOf(p)).toEqual(["jobs[0].delivery[0]"])
    const q = base()
    q.vehicles[0].capacity = [-1]
    expect(fieldsOf(q)).toEqual(["vehicles[0].capacity[0]"])
  })

  it("names mismatched capacity dimensions", () => {
    const p = base()
    p.jobs[0].delivery = [1, 2]
    const errors = validateProblem(p)
    expect(errors[0].field).toBe("jobs[0].delivery")
    expect(errors[0].message).toMatch(/2 dimensions but vehicles\[0\]\.capacity has 1/)
    const q: Problem = base()
    q.vehicles.push({ id: 2, start_index: 0, capacity: [1, 1] })
    expect(fieldsOf(q)).toEqual(["vehicles[1].capacity"])
  })

  it("names a matrix that is not square", () => {
    const p = base()
    p.matrices.car.durations = [[0, 5, 1], [5, 0]]
    expect(fieldsOf(p)[0]).toBe("matrices.car.durations[0]")
    expect(formatErrors(validateProblem(p))).toMatch(/not square/)
    const q = base()
    q.matrices.car.durations = [[0, -5], [5, 0]]
    expect(fieldsOf(q)).toEqual(["matrices.car.durations[0][1]"])
  })

  it("checks time windows, ids, priorities and profiles", () => {
    const p: Problem = base()
    p.jobs!.push({ id: 1, location_index: 0, time_windows: [[10, 5]], priority: 101 })
    p.vehicles[0].time_window = bad<TimeWindow>([0])
    p.vehicles[0].profile = "bike"
    expect(fieldsOf(p).sort()).toEqual(
      ["jobs[1].id", "jobs[1].priority", "jobs[1].time_windows[0]", "vehicles[0].profile", "vehicles[0].time_window"].sort(),
    )
  })

  it("checks shipments and coordinates", () => {
    const p: Problem = {
      vehicles: [{ id: 1, start: [11.0, 45.44], capacity: [2] }],
      shipments: [
        { amount: [1], pickup: { id: 1, location: [11.01, 45.44] }, delivery: { id: 2, location: [200, 45] } },
        { amount: [1], pickup: { id: 1, location: [11.01, 45.44] }, delivery: { id: 3 } },
      ],
    }
    expect(fieldsOf(p).sort()).toEqual(
      ["shipments[0].delivery.location", "shipments[1].delivery.location", "shipments[1].pickup.id"].sort(),
    )
  })

  it("refuses VROOM constraints it does not model instead of ignoring them", () => {
    const p: Problem = base()
    Object.assign(p.vehicles[0], { breaks: [{ id: 1, service: 600 }], max_travel_time: 3600 })
    expect(fieldsOf(p)).toEqual(["vehicles[0].breaks", "vehicles[0].max_travel_time"])
  })

  it("needs location_index when matrices are given", () => {
    const p: Problem = base()
    p.jobs![0] = { id: 1, location: [11, 45] }
    expect(fieldsOf(p)).toEqual(["jobs[0].location_index"])
  })

  it("makes solve throw an InvalidProblemError listing the fields", () => {
    const p = base()
    p.jobs[0].location_index = 9
    expect(() => solve(p)).toThrow(InvalidProblemError)
    try {
      solve(p)
    } catch (e) {
      expect((e as InvalidProblemError).errors[0].field).toBe("jobs[0].location_index")
    }
  })
})
