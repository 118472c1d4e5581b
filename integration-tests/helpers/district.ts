import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoDistrict, seedDemoRoundOrders } from "../../backend/src/scripts/seed-district"
import { COORDINATOR } from "../../backend/src/scripts/seed/accounts"
import { restoreDistrictTemplate } from "./district-template"
import { clearTestMailbox } from "./mailbox"

export const backendDir = path.resolve(__dirname, "../../backend")

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

/** Seeds the demo district (without the demo orders unless asked) and returns the headers each audience needs. */
export async function seedDistrict(container: MedusaContainer, api: Api, options: { demoOrders?: boolean; fromTemplate?: boolean } = {}) {
  type Seeded = Awaited<ReturnType<typeof seedDemoDistrict>>
  const demoOrders = options.demoOrders ?? false
  // From the template (seeded without the demo orders), the orders are added on top: a full seed
  // with them took ~200 s of the route sweep's file.
  const copied = options.fromTemplate ? await restoreDistrictTemplate<Seeded>(container) : undefined
  if (copied && demoOrders) await seedDemoRoundOrders(container)
  const seeded = copied ?? (await seedDemoDistrict(container, { demoOrders }))
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

type SuiteContext = { api: any; getContainer: () => MedusaContainer; district: District }
/** One spec's tests, run in a file that boots Medusa and copies the district once for several of them. */
export type DistrictSuite = { testSuite: (context: SuiteContext) => void }
export const districtSuite = (suite: DistrictSuite) => suite

/**
 * Several specs' tests on one Medusa app and one district (each test still starts from the
 * district as seeded): each file's own boot costs ~15 s of a CI worker, and these specs need
 * nothing of their own at boot (no environment, no hooks that write; one mailbox, testMailbox(), and one fake
 * Stripe, stripeTestEnvironment(), serve them all: a card spec is a cardSuite).
 */
export function runDistrictSuites(suites: Record<string, DistrictSuite>) {
  medusaIntegrationTestRunner({
    cwd: backendDir,
    testSuite: ({ api, getContainer }) => {
      const district = seedDistrictOnce(getContainer, api)
      for (const [name, suite] of Object.entries(suites)) {
        describe(name, () => {
          beforeAll(clearTestMailbox)
          suite.testSuite({ api, getContainer, district })
        })
      }
    },
  })
}
