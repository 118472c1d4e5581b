import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { watchWrites, writtenTables } from "./sweep/fingerprint"
import { headersOf, probesFor } from "./sweep/probes"
import { discoverRoutes } from "./sweep/routes"
import { TABLE } from "./sweep/table"
import { buildWorld, type World } from "./sweep/world"

jest.setTimeout(900_000)

const REFUSED = [400, 401, 403, 404]
const brief = (data: unknown) => JSON.stringify(data ?? "").slice(0, 160)
// A 404 says what was not found (`round_not_found`…) and which parameter named it, never only the generic `not_found`
// (an endpoint switched off, `webhooks_not_configured`, names no parameter).
const namesWhatWasNotFound = (data: any) =>
  typeof data?.code === "string" && data.code !== "not_found" && (typeof data.field === "string" || !data.code.endsWith("_not_found"))

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api, { demoOrders: true })
    let world: World
    beforeAll(async () => {
      world = await buildWorld(api, district, getContainer())
    })
    const routes = discoverRoutes()

    describe("every custom route of the three plugins", () => {
      it("has an entry in the sweep's table for each route and method on disk, and none for routes that are gone", () => {
        expect(routes.length).toBeGreaterThan(60)
        expect(routes.filter((r) => !TABLE[r.key]).map((r) => `${r.key} (${r.file})`)).toEqual([])
        expect(Object.keys(TABLE).filter((key) => !routes.some((r) => r.key === key))).toEqual([])
      })

      it("answers wrong callers, other people's real ids, malformed ids and bad bodies with 400/401/403/404, and changes nothing", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const failures: string[] = []
        let sent = 0
        await watchWrites(pg)
        // The note sees a write that changes no value, as a refused request's would be seen.
        await pg.raw("update store set name = name")
        expect(await writtenTables(pg)).toEqual(["store"])
        for (const route of routes) {
          const entry = TABLE[route.key]
          if (!entry) continue
          for (const probe of probesFor(route, entry, world)) {
            sent += 1
            const res = await (api as any).request({ method: route.method, url: probe.url, data: probe.body, ...headersOf(world, probe.as), validateStatus: () => true })
            if (!REFUSED.includes(res.status)) failures.push(`${route.key} — ${probe.what}: ${res.status} ${brief(res.data)}`)
            else if (res.status === 404 && !namesWhatWasNotFound(res.data)) failures.push(`${route.key} — ${probe.what}: 404 without its own code and field: ${brief(res.data)}`)
            // Medusa's core guards /admin/* itself (its 401 has no code); every other refusal is ours.
            else if (typeof res.data?.code !== "string" && !(res.status === 401 && route.key.includes(" /admin/"))) failures.push(`${route.key} — ${probe.what}: ${res.status} without a code: ${brief(res.data)}`)
            else if (probe.field && (res.status !== 400 || !JSON.stringify(res.data).includes(probe.field))) {
              failures.push(`${route.key} — ${probe.what}: ${res.status} does not name "${probe.field}": ${brief(res.data)}`)
            }
          }
          const changed = await writtenTables(pg)
          if (changed.length) failures.push(`${route.key}: refused probes changed ${changed.join(", ")}`)
        }
        console.info(`route sweep: ${routes.length} routes × methods, ${sent} probes`)
        expect(failures).toEqual([])
      })
    })
  },
})
