import {
  createLocationFulfillmentSetWorkflow,
  createShippingOptionsWorkflow,
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

/** The hub "Casa Comune": stock location, its delivery service zone and the two ways to get an order. */
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
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: stockLocationId, fulfillment_set_data: { name: "Consegne di quartiere", type: "shipping" } },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [set] = await fulfillment.listFulfillmentSets({ name: "Consegne di quartiere" })
  const zone = await fulfillment.createServiceZones({
    fulfillment_set_id: set.id,
    name: "Verona",
    geo_zones: [{ type: "country", country_code: "it" }],
  })

  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const option = (name: string, code: string, description: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: zone.id,
    shipping_profile_id: shippingProfileId,
    type: { label: name, description, code },
    prices: [
      { currency_code: "eur", amount },
      { region_id: regionId, amount },
    ],
    rules: storeRules,
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Consegna a domicilio", "home-delivery", "Un giro in bici cargo porta a casa tutto il carrello.", 3.5),
      option("Ritiro alla Casa Comune", "hub-pickup", "Ritiri tu alla Casa Comune, Via San Nazaro 23.", 0),
    ],
  })
  return { stockLocationId, shippingProfileId }
}
