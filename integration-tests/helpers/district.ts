import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoDistrict } from "../../backend/src/scripts/seed-district"
import { COORDINATOR } from "../../backend/src/scripts/seed/accounts"
import { restoreDistrictTemplate } from "./district-template"

export const backendDir = path.resolve(__dirname, "../../backend")

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

/** Seeds the demo district (without the demo orders unless asked) and returns the headers each audience needs. */
export async function seedDistrict(container: MedusaContainer, api: Api, options: { demoOrders?: boolean; fromTemplate?: boolean } = {}) {
  type Seeded = Awaited<ReturnType<typeof seedDemoDistrict>>
  const demoOrders = options.demoOrders ?? false
  const seeded =
    (options.fromTemplate && !demoOrders ? await restoreDistrictTemplate<Seeded>(container) : undefined) ??
    (await seedDemoDistrict(container, { demoOrders }))
  const { data } = await api.post("/auth/user/emailpass", { email: COORDINATOR.email, password: COORDINATOR.password })
  return {
    ...seeded,
    store: { headers: { "x-publishable-api-key": seeded.publishableKey } },
    admin: { headers: { authorization: `Bearer ${data.token}` } },
  }
}

export type District = Awaited<ReturnType<typeof seedDistrict>>

/**
 * Seeds the district once for the whole file (copied from the suite's district template when
 * there is one, see district-template.ts). @medusajs/test-utils snapshots the database
 * after the suite's own beforeAll hooks and restores that snapshot before every test, so each
 * test starts from the freshly seeded district without paying for the seed again.
 */
export function seedDistrictOnce(getContainer: () => MedusaContainer, api: Api, options: { demoOrders?: boolean } = {}) {
  const district = {} as District
  beforeAll(async () => {
    Object.assign(district, await seedDistrict(getContainer(), api, { ...options, fromTemplate: true }))
  })
  return district
}

/**
 * The demo residents' weekly baskets paused: closing a round by hand places the baskets it is due
 * to carry, so a file that counts its own stops or orders in a round it closes pauses them first.
 */
export async function pauseDemoBaskets(container: MedusaContainer) {
  const baskets = container.resolve("basket") as any
  await baskets.updateBaskets((await baskets.listBaskets({}, { take: null })).map((b: any) => ({ id: b.id, status: "paused" })))
}
