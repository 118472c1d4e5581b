import http from "node:http"
import type { AddressInfo } from "node:net"
import { solve } from "../../planner"
import { buildProblem, timeline, visitsOf, type PlanInput } from "../route-plan"
import { osrmTravel, roadMetres, travelFor } from "../travel"

const hub = { name: "Casa Comune", lat: 45.4426, lng: 11.0068 }
const stops = [
  { id: "s1", name: "Giulia", lat: 45.4409, lng: 11.0072, vendor_ids: [] },
  { id: "s2", name: "Marco", lat: 45.4393, lng: 11.0061, vendor_ids: [] },
]
const plan: PlanInput = {
  starts_at: "2026-11-26T16:00:00.000Z",
  ends_at: "2026-11-26T19:00:00.000Z",
  vehicle_profile: "cargo_bike",
  collection_mode: "hub_dropoff",
  hub,
  stops,
  makers: [],
}

/** A fake OSRM Table service: every leg is 1000 m and 300 s, and it records what it was asked. */
async function fakeOsrm() {
  const asked: string[] = []
  const server = http.createServer((req, res) => {
    asked.push(req.url ?? "")
    const match = /^\/table\/v1\/(\w+)\/([^?]+)\?annotations=duration,distance$/.exec(req.url ?? "")
    if (!match) return void res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ code: "InvalidUrl", message: "bad url" }))
    const n = match[2].split(";").length
    const table = (v: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : v)))
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ code: "Ok", durations: table(300), distances: table(1000) }))
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, asked, close: () => new Promise<void>((r) => server.close(() => r())) }
}

describe("travel between stops", () => {
  let osrm: Awaited<ReturnType<typeof fakeOsrm>>
  beforeAll(async () => {
    osrm = await fakeOsrm()
  })
  afterAll(() => osrm.close())

  it("asks an OSRM-compatible server for one table over the distinct places, in its profile", async () => {
    const travel = await osrmTravel(osrm.url, "cargo_bike", [hub, ...stops, hub])
    expect(osrm.asked.at(-1)).toBe(`/table/v1/cycling/11.0068,45.4426;11.0072,45.4409;11.0061,45.4393?annotations=duration,distance`)
    expect(travel.metres(hub, stops[0])).toBe(1000)
    expect(travel.seconds(stops[0], stops[1])).toBe(300)
    expect(travel.matrix!.indexOf(stops[1])).toBe(2)
  })

  it("plans on the server's matrices: the route uses matrix indices and the timeline its durations", async () => {
    const travel = await osrmTravel(osrm.url, "cargo_bike", [hub, ...stops])
    const problem = buildProblem(plan, stops, travel)
    expect(problem.matrices?.cargo_bike?.distances).toHaveLength(3)
    expect(problem.jobs?.map((j: any) => j.location_index).sort()).toEqual([1, 2])
    const { visits } = visitsOf(plan, stops, solve(problem, { seed: 1, timeLimitMs: 100 }))
    const { distance_m, duration_s } = timeline(plan, stops, visits, travel)
    expect(distance_m).toBe(3000)
    expect(duration_s).toBe(3 * 300 + 2 * 120)
  })

  it("falls back to straight lines when the server fails, and says why", async () => {
    const travel = await travelFor("bike", [hub, stops[0]], `${osrm.url}/broken`)
    expect(travel.source).toMatch(/straight line .*routing server: bad url/)
    expect(travel.metres(hub, stops[0])).toBe(roadMetres(hub, stops[0]))
    expect((await travelFor("bike", [hub, stops[0]], undefined)).source).toBe("straight line × 1.3")
  })
})
