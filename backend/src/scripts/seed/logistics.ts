import {
  createLocationFulfillmentSetWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HUB, query, SeedContainer } from "./context"

export type Logistics = { stockLocationId: string; shippingProfileId: string }

async function seedShippingProfile(container: SeedContainer) {
  const { data } = await query(container).graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  if (data[0]) return data[0].id as string
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Prodotti della Rete", type: "default" }] },
  })
  return result[0].id
}

// The fulfillment provider of @rbv/delivery-rounds (identifier "delivery-rounds", id "rounds").
const ROUNDS_PROVIDER_ID = "delivery-rounds_rounds"

/** The hub "Casa Comune": stock location and its delivery service zone, where rounds become shipping options. */
export async function seedLogistics(container: SeedContainer, salesChannelId: string, regionId: string): Promise<Logistics> {
  const q = query(container)
  const shippingProfileId = await seedShippingProfile(container)
  const { data: existing } = await q.graph({ entity: "stock_location", fields: ["id"], filters: { name: HUB.name } })
  if (existing[0]) return { stockLocationId: existing[0].id, shippingProfileId }

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: HUB.name, address: HUB.address, metadata: { lat: HUB.lat, lng: HUB.lng, hub: true } }] },
  })
  const stockLocationId = locations[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: stockLocationId, add: [salesChannelId] } })

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const providerId of ["manual_manual", ROUNDS_PROVIDER_ID]) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId },
    })
  }
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: stockLocationId, fulfillment_set_data: { name: "Consegne di quartiere", type: "shipping" } },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({ name: "Consegne di quartiere" })
  // The delivery rounds plugin creates a shipping option per round slot in this zone.
  await fulfillment.createServiceZones({
    fulfillment_set_id: set.id,
    name: "Verona",
    geo_zones: [{ type: "country", country_code: "it" }],
  })
  return { stockLocationId, shippingProfileId }
}
