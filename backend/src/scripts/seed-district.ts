import fs from "node:fs"
import { refreshProductBrandsWorkflow } from "@rbv/brand/workflows"
import type { ExecArgs } from "@medusajs/framework/types"
import { makers } from "./demo-district"
import { COORDINATOR, seedCoordinator, seedResidents } from "./seed/accounts"
import { seedWeeklyBaskets } from "./seed/baskets"
import { seedBatchLimits } from "./seed/batches"
import { seedBrand } from "./seed/brand"
import { seedCatalogue } from "./seed/catalogue"
import { logger } from "./seed/context"
import { seedLogistics } from "./seed/logistics"
import { seedRoundOrders, seedVolunteers } from "./seed/round-orders"
import { seedRounds } from "./seed/rounds"
import { seedCatalogueTranslations } from "./seed/translations"
import { seedVendors } from "./seed/vendors"
import { refreshSearchDocumentsWorkflow } from "@rbv/vendors/workflows"
import { seedPublishableKey, seedRegion, seedSalesChannel, seedStore, seedTaxes } from "./seed/store-and-region"

/**
 * The demo district of Veronetta: region, VAT, hub, shipping, makers' catalogues, residents,
 * delivery zones, pickup points, the weekly delivery round, two residents' weekly baskets, volunteers
 * and demo orders in the next round.
 * Idempotent: run it again and it only adds what is missing. Tests that do not need the demo
 * orders in the next round skip them (`demoOrders: false`): each order is a full checkout.
 */
export async function seedDemoDistrict(container: ExecArgs["container"], options: { demoOrders?: boolean } = {}) {
  const log = logger(container)
  const salesChannelId = await seedSalesChannel(container)
  await seedStore(container, salesChannelId)
  const regionId = await seedRegion(container)
  const vatTypes = await seedTaxes(container)
  const logistics = await seedLogistics(container, salesChannelId, regionId)
  const publishableKey = await seedPublishableKey(container, salesChannelId)
  const created = await seedCatalogue(container, { salesChannelId, vatTypes, logistics })
  await seedCoordinator(container)
  const residentLogins = await seedResidents(container)
  const makerLogins = await seedVendors(container)
  await seedRounds(container)
  await seedBatchLimits(container)
  const volunteers = await seedVolunteers(container)
  const roundOrders = options.demoOrders === false ? 0 : await seedRoundOrders(container, { regionId, salesChannelId, riderId: volunteers.ids.rider })
  // After the next round closed early for planning: the baskets count their cadence from the round after.
  await seedWeeklyBaskets(container, salesChannelId)
  await seedBrand(container)
  const translated = await seedCatalogueTranslations(container)
  // Products made before their shop, rates and claims existed: write every mark and breakdown once more.
  await refreshProductBrandsWorkflow(container).run({ input: { all: true } })
  // The whole catalogue into the store search at once (the subscribers keep it in step afterwards).
  const { result: searchable } = await refreshSearchDocumentsWorkflow(container).run({ input: {} })
  log.info(`Store search: ${searchable} products; ${translated} new English translations.`)
  log.info(`Demo district ready: ${created} new products from ${makers.length} makers, ${roundOrders} demo orders in the next round.`)

  return {
    publishableKey,
    regionId,
    logins: {
      "Coordinamento (Medusa admin)": [{ email: COORDINATOR.email, password: COORDINATOR.password }],
      "Residenti (negozio)": residentLogins,
      "Artigiani (La mia bottega, /bottega)": makerLogins,
      "Volontari (logistica, /logistica)": volunteers.logins,
    },
  }
}

/**
 * The demo orders alone, on a district seeded without them (the HTTP specs' template): the same
 * orders in the next round as `seedDemoDistrict`, placed after the weekly baskets instead of before,
 * so closing the round also places the baskets it is due to carry.
 */
export async function seedDemoRoundOrders(container: ExecArgs["container"]) {
  const salesChannelId = await seedSalesChannel(container)
  const regionId = await seedRegion(container)
  const volunteers = await seedVolunteers(container)
  return seedRoundOrders(container, { regionId, salesChannelId, riderId: volunteers.ids.rider })
}

export default async function seedDistrict({ container }: ExecArgs) {
  const log = logger(container)
  const output = await seedDemoDistrict(container)
  if (process.env.RBV_SEED_OUTPUT) fs.writeFileSync(process.env.RBV_SEED_OUTPUT, JSON.stringify(output, null, 2))
  else log.info(`Publishable key: ${output.publishableKey}`)
}
