// @rbv/delivery-rounds installed alone in a plain Medusa app (its README's set-up: the plugin and its
// fulfillment provider, nothing else of ours): it migrates and syncs its links on a database with
// Medusa's own tables only, and a coordinator plans a round that a resident's cart then sees.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { linksOf, plainApp, plainShopAccess, tablesOf } from "../../helpers/plain-app"
import { roundBody } from "../../helpers/delivery"
import { seedLogistics } from "../../../backend/src/scripts/seed/logistics"
import { attempt } from "../../helpers/vendors"

jest.setTimeout(240_000)

const fulfillment = {
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "@rbv/delivery-rounds/providers/rounds", id: "rounds" },
    ],
  },
}

medusaIntegrationTestRunner({
  ...plainApp("@rbv/delivery-rounds", [fulfillment]),
  testSuite: ({ api, getContainer }) => {
    it("migrates, links, and serves a round from the admin to a resident's cart", async () => {
      const tables = await tablesOf(getContainer())
      for (const table of ["delivery_round", "delivery_zone", "pickup_point", "delivery_stop_order", "basket", "batch_limit"]) expect(tables).toContain(table)
      expect([...tables].filter((t) => /^(vendor|payout|brand|fund_|voucher|product_brand|charter)/.test(t))).toEqual([])
      expect(await linksOf(getContainer())).toEqual([
        "delivery.batch_limit ↔ product.product",
        "delivery.delivery_stop_order ↔ order.order",
        "delivery.maker_round_outcome ↔ order.order",
      ])

      const { admin, store, channelId } = await plainShopAccess(getContainer(), api)
      // The README's step: a stock location whose service zone offers the plugin's provider.
      const { result: [region] } = await createRegionsWorkflow(getContainer()).run({ input: { regions: [{ name: "Italia", currency_code: "eur", countries: ["it"] }] } })
      await seedLogistics(getContainer(), channelId, region.id)
      const zone = (await api.post("/admin/delivery-zones", { name: "Veronetta", postal_codes: ["37129"] }, admin)).data.delivery_zone
      const point = (
        await api.post("/admin/pickup-points", { name: "Libreria", address_1: "Via XX Settembre 40", postal_code: "37129", lat: 45.4398, lng: 11.0072, opening_hours: { sat: [["10:00", "13:00"]] } }, admin)
      ).data.pickup_point
      const created = await api.post("/admin/delivery-rounds", roundBody([zone.id], 3, { pickup_point_ids: [point.id] }), admin)
      expect(created.status).toBe(201)
      const { data } = await api.get(`/admin/delivery-rounds/${created.data.delivery_round.id}`, admin)
      expect(data.delivery_round).toMatchObject({ status: "open", zone_ids: [zone.id], pickup_point_ids: [point.id] })

      const { data: cart } = await api.post("/store/carts", { region_id: region.id, shipping_address: { postal_code: "37129", country_code: "it", address_1: "Via San Nazaro 12", city: "Verona" } }, store)
      const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${cart.cart.id}`, store)
      expect(offer.rounds.map((r: any) => r.id)).toEqual([created.data.delivery_round.id])
      expect(offer.pickup_points.map((p: any) => [p.id, p.slots.length])).toEqual([[point.id, 1]])
      const missing = await attempt(api.get("/store/delivery-rounds?cart_id=cart_nessuno", store))
      expect(missing.status).toBe(404)
      expect(missing.data).toMatchObject({ code: "cart_not_found", field: "cart_id" })
    })
  },
})
