// @rbv/delivery-rounds installed alone in a plain Medusa app (its README's set-up: the plugin and its
// fulfillment provider, nothing else of ours): it migrates and syncs its links on a database with
// Medusa's own tables only, and its routes answer — main success and a refusal with its code and
// field — from the coordinators' zones, rounds and volunteers to a resident's order placed in a round,
// planned, ridden and delivered, and the round's report. Makers' routes (/vendor/*) need @rbv/vendors'
// shop on the request; weekly baskets and saved cards are not run here.
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { parse } from "csv-parse/sync"
import { linksOf, plainApp, plainShopAccess, tablesOf, PLAIN_ADDRESS } from "../../helpers/plain-app"
import { roundBody, volunteerWithLogin } from "../../helpers/delivery"
import { buyerBrowser, residentWithLogin } from "../../helpers/residents"
import { seedLogistics } from "../../../backend/src/scripts/seed/logistics"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import adminCases from "./delivery-rounds-admin.cases"

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
const notification = { resolve: "@medusajs/medusa/notification", options: { providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }] } }

type Headers = { headers: Record<string, string> }
/** A refusal in the plugin's shape: status, code and (when the refusal is about one) the field. */
const refused = async (call: Promise<unknown>, status: number, code: string, field?: string) => {
  const res = await attempt(call as Promise<any>)
  expect({ status: res.status, code: res.data?.code, field: res.data?.field }).toEqual({ status, code, field })
}

medusaIntegrationTestRunner({
  ...plainApp("@rbv/delivery-rounds", [fulfillment, notification]),
  testSuite: ({ api, getContainer }) => {
    // Set up before the runner's snapshot: the shop, the hub (the README's stock location whose service
    // zone offers the plugin's provider), two zones, two pickup points, a round in Veronetta Nord, bread.
    const shop = {} as { admin: Headers; store: Headers; channelId: string; regionId: string; zones: Record<string, any>; points: any[]; round: any; bread: any }
    beforeAll(async () => {
      const access = await plainShopAccess(getContainer(), api)
      const { result: [region] } = await createRegionsWorkflow(getContainer()).run({
        input: { regions: [{ name: "Italia", currency_code: "eur", countries: ["it"], payment_providers: ["pp_system_default"] }] },
      })
      await seedLogistics(getContainer(), access.channelId, region.id)
      const zones: Record<string, any> = {}
      for (const [name, cap] of [["Veronetta Nord", "37129"], ["Veronetta Sud", "37131"]]) zones[name] = (await api.post("/admin/delivery-zones", { name, postal_codes: [cap] }, access.admin)).data.delivery_zone
      const points = []
      for (const [name, address_1, lat, lng] of [["Casa Comune", "Via Santa Maria in Organo 2", 45.4452, 11.0031], ["Libreria", "Via XX Settembre 40", 45.4398, 11.0072]] as const) {
        points.push((await api.post("/admin/pickup-points", { name, address_1, postal_code: "37129", lat, lng, opening_hours: { sat: [["10:00", "13:00"]] } }, access.admin)).data.pickup_point)
      }
      const round = (await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"].id], 3, { pickup_point_ids: [points[1].id] }), access.admin)).data.delivery_round
      const { data: profiles } = await getContainer().resolve("query").graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
      const { result: [bread] } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Pane",
              status: "published",
              shipping_profile_id: profiles[0].id,
              options: [{ title: "Taglio", values: ["Intero"] }],
              sales_channels: [{ id: access.channelId }],
              variants: [{ title: "Intero", manage_inventory: false, options: { Taglio: "Intero" }, prices: [{ currency_code: "eur", amount: 10 }] }],
            },
          ],
        },
      })
      Object.assign(shop, access, { regionId: region.id, zones, points, round, bread })
    })
    const mails = async (template: string) => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })) as any[]

    it("migrates, links, and serves a round from the admin to a resident's cart", async () => {
      const tables = await tablesOf(getContainer())
      for (const table of ["delivery_round", "delivery_zone", "pickup_point", "delivery_stop_order", "basket", "batch_limit"]) expect(tables).toContain(table)
      expect([...tables].filter((t) => /^(vendor|payout|brand|fund_|voucher|product_brand|charter)/.test(t))).toEqual([])
      expect(await linksOf(getContainer())).toEqual([
        "delivery.batch_limit ↔ product.product",
        "delivery.delivery_stop_order ↔ order.order",
        "delivery.maker_round_outcome ↔ order.order",
      ])

      const { admin, store, round, points } = shop
      const { data } = await api.get(`/admin/delivery-rounds/${round.id}`, admin)
      expect(data.delivery_round).toMatchObject({ status: "open", zone_ids: [shop.zones["Veronetta Nord"].id], pickup_point_ids: [points[1].id] })

      const { data: cart } = await api.post("/store/carts", { region_id: shop.regionId, shipping_address: { postal_code: "37129", country_code: "it", address_1: "Via San Nazaro 12", city: "Verona" } }, store)
      const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${cart.cart.id}`, store)
      expect(offer.rounds.map((r: any) => r.id)).toEqual([round.id])
      expect(offer.pickup_points.find((p: any) => p.id === points[1].id).slots).toHaveLength(1)
      await refused(api.get("/store/delivery-rounds?cart_id=cart_nessuno", store), 404, "cart_not_found", "cart_id")
      // What the moved admin cases below do not ask: the templates' list, a pickup point that is not there.
      expect((await api.get("/admin/round-templates", admin)).data.round_templates).toEqual([])
      expect((await attempt(api.get("/admin/round-templates"))).status).toBe(401)
      await refused(api.post("/admin/pickup-points/pkp_nessuno", { name: "Altrove" }, admin), 404, "pickup_point_not_found", "id")
    })

    adminCases({ api, shop })

    it("a resident's weekly basket: made from its lines, changed, a round skipped and taken back, deleted", async () => {
      const { store, round, bread } = shop
      const resident = await residentWithLogin(api, store, { email: "luca@plain.test", first_name: "Luca", last_name: "Neri" })
      const address = { first_name: "Luca", last_name: "Neri", address_1: "Via San Nazaro 20", city: "Verona", postal_code: "37129" }
      const { data: made } = await api.post("/store/baskets", { lines: [{ variant_id: bread.variants[0].id, quantity: 1 }], delivery: "home", address }, resident)
      const basket = made.basket
      expect(basket).toMatchObject({ cadence: "every_round", status: "active" })
      await refused(api.post("/store/baskets", { delivery: "home", address }, resident), 400, "invalid_field", "lines")
      expect((await api.get("/store/baskets", resident)).data.baskets.map((b: any) => b.id)).toEqual([basket.id])
      expect(await attempt(api.get("/store/baskets", store))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      expect((await api.get(`/store/baskets/${basket.id}`, resident)).data.basket.id).toBe(basket.id)
      await refused(api.get("/store/baskets/bskt_nessuno", resident), 404, "basket_not_found", "id")
      expect((await api.post(`/store/baskets/${basket.id}`, { cadence: "every_other_round" }, resident)).data.basket.cadence).toBe("every_other_round")
      await refused(api.post(`/store/baskets/${basket.id}`, { cadence: "ogni_tanto" }, resident), 400, "invalid_field", "cadence")
      await api.post(`/store/baskets/${basket.id}/skips`, { round_id: round.id }, resident)
      await refused(api.post(`/store/baskets/${basket.id}/skips`, { round_id: "dround_nessuno" }, resident), 400, "round_not_upcoming", "round_id")
      await api.delete(`/store/baskets/${basket.id}/skips/${round.id}`, resident)
      await refused(api.delete(`/store/baskets/bskt_nessuno/skips/${round.id}`, resident), 404, "basket_not_found", "basket_id")
      // Placed in the round (the workflow the cutoff job runs): the resident reads the placement, nobody else does.
      await api.post(`/store/baskets/${basket.id}`, { cadence: "every_round" }, resident)
      const { placeBasketWorkflow } = await import("@rbv/delivery-rounds/workflows")
      const { result: placed } = await placeBasketWorkflow(getContainer()).run({ input: { basket_id: basket.id, round_id: round.id } })
      expect(placed.order_id).toEqual(expect.any(String))
      expect((await api.get(`/store/basket-placements/${placed.placement_id}`, resident)).data.placement).toMatchObject({ round: { id: round.id } })
      const stranger = await residentWithLogin(api, store, { email: "bruno@plain.test", first_name: "Bruno", last_name: "Neri" })
      await refused(api.get(`/store/basket-placements/${placed.placement_id}`, stranger), 404, "placement_not_found", "id")
      await refused(api.post(`/store/basket-placements/${placed.placement_id}/confirm`, {}, stranger), 404, "placement_not_found", "id")
      await api.delete(`/store/baskets/${basket.id}`, resident)
      expect((await api.get("/store/baskets", resident)).data.baskets).toEqual([])
      await refused(api.get(`/store/baskets/${basket.id}`, resident), 404, "basket_not_found", "id")
    })

    it("a resident's order in a round: placed, followed, planned, ridden, delivered with the cash, and reported", async () => {
      const { admin, store, round, bread } = shop
      // What the store says of a product for the next round, and the resident's own checkout.
      expect((await api.get(`/store/delivery-rounds/products/${bread.id}`, store)).status).toBe(200)
      await refused(api.get("/store/delivery-rounds/products/prod_nessuno", store), 404, "product_not_found", "id")
      const resident = await residentWithLogin(api, store, { email: "giulia@plain.test", first_name: "Giulia", last_name: "Ferrari" })
      const address = { ...PLAIN_ADDRESS, metadata: { lat: 45.4421, lng: 11.0075 } }
      const { data: cart } = await api.post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: bread.variants[0].id, quantity: 2 }], shipping_address: address, billing_address: address }, resident)
      const cartId = cart.cart.id
      const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: offer.rounds[0].shipping_option_id }, resident)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, resident)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, resident)
      // Medusa's own completion would skip the round's drop: the plugin's route completes the cart.
      await refused(api.post(`/store/carts/${cartId}/complete`, {}, resident), 400, "round_checkout_required")
      await refused(api.post(`/store/delivery-rounds/carts/${cartId}/complete`, { fretta: true }, resident), 400, "invalid_field", "fretta")
      const { data: completed } = await api.post(`/store/delivery-rounds/carts/${cartId}/complete`, {}, resident)
      expect(completed.type).toBe("order")
      const order = completed.order
      expect((await api.get(`/admin/delivery-rounds/${round.id}`, admin)).data.delivery_round.drops_taken).toBe(1)
      await waitFor("the resident's mail of the round chosen", async () => (await mails("delivery-round-chosen")).find((m) => m.to === "giulia@plain.test"))

      const { data: mine } = await api.get("/store/delivery-rounds/orders", resident)
      expect(JSON.stringify(mine.deliveries)).toContain(order.id)
      expect(await attempt(api.get("/store/delivery-rounds/orders", store))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      const { data: followed } = await api.get(`/store/delivery-rounds/orders/${order.id}`, buyerBrowser(store, cartId))
      expect(followed.delivery).toMatchObject({ kind: "home", round_id: round.id, round_status: "open", stop_status: "scheduled" })
      await refused(api.get(`/store/delivery-rounds/orders/${order.id}`, store), 404, "order_not_found", "id")

      // A volunteer: invited (mail), active, assigned to the round.
      const rider = await volunteerWithLogin(api, admin, "Marta Bellini", "marta@plain.test")
      await waitFor("the volunteer's invitation", async () => (await mails("delivery-volunteer-invited")).find((m) => m.to === "marta@plain.test"))
      await refused(api.post("/admin/volunteers", { name: "M", email: "x@plain.test" }, admin), 400, "invalid_field", "name")
      expect((await api.get("/admin/volunteers", admin)).data.volunteers.map((v: any) => v.email)).toEqual(["marta@plain.test"])
      expect((await api.post(`/admin/volunteers/${rider.id}`, { phone: "+39 345 000 1111" }, admin)).data.volunteer.phone).toBe("+39 345 000 1111")
      await refused(api.post(`/admin/volunteers/${rider.id}`, { email: "altro@plain.test" }, admin), 400, "invalid_field", "email")
      const { data: stranger } = await api.post("/auth/volunteer/emailpass/register", { email: "ugo@plain.test", password: "buonvivere" })
      await refused(api.post("/logistics/invites/accept", { token: "x".repeat(32) }, { headers: { authorization: `Bearer ${stranger.token}` } }), 400, "invite_invalid", "token")
      expect((await api.get("/logistics/me", rider.headers)).data.volunteer).toMatchObject({ id: rider.id, role: "rider" })
      expect(await attempt(api.get("/logistics/me"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      await api.post(`/admin/delivery-rounds/${round.id}`, { volunteer_ids: [rider.id] }, admin)
      expect((await api.get("/logistics/rounds", rider.headers)).data.rounds.map((r: any) => r.id)).toEqual([round.id])
      await refused(api.get("/logistics/rounds/dround_nessuno", rider.headers), 404, "round_not_found", "id")

      // Closed, planned (the address carries its coordinates: no geocoder), started, the stop delivered with the cash.
      await api.post(`/admin/delivery-rounds/${round.id}/status`, { status: "closed" }, admin)
      const { data: closed } = await api.get(`/logistics/rounds/${round.id}`, rider.headers)
      expect(closed.round).toMatchObject({ status: "closed", can_plan: true, can_see_contacts: false, stops_count: 1 })
      await refused(api.post(`/logistics/rounds/${round.id}/start`, {}, rider.headers), 400, "status_change_refused", "status")
      await refused(api.post(`/logistics/rounds/${round.id}/plan`, { locks: [{ stop_id: "x", position: 0 }] }, rider.headers), 400, "invalid_field", "locks.0.position")
      const { data: planned } = await api.post(`/logistics/rounds/${round.id}/plan`, {}, rider.headers)
      expect(planned.round).toMatchObject({ status: "planned", can_start: true, can_see_contacts: true })
      expect((await api.post(`/logistics/rounds/${round.id}/start`, {}, rider.headers)).data.round.status).toBe("in_progress")
      await waitFor("the resident's mail of the round on its way", async () => (await mails("delivery-out-for-delivery")).find((m) => m.to === "giulia@plain.test"))
      const stop = planned.round.stops[0]
      await refused(api.post(`/logistics/rounds/${round.id}/stops/${stop.id}/complete`, { outcome: "failed" }, rider.headers), 400, "invalid_field", "note")
      const due = Math.round(order.total * 100)
      const { data: done } = await api.post(`/logistics/rounds/${round.id}/stops/${stop.id}/complete`, { outcome: "delivered", amount_collected: due }, rider.headers)
      expect(done.round.stops[0]).toMatchObject({ status: "delivered" })
      await waitFor("the resident's mail of the delivery", async () => (await mails("delivery-delivered")).find((m) => m.to === "giulia@plain.test"))

      // The round's report, on screen and as CSV.
      const { data: report } = await api.get(`/admin/delivery-rounds/${round.id}/report`, admin)
      expect(report.report).toMatchObject({ round: { id: round.id } })
      await refused(api.get("/admin/delivery-rounds/dround_nessuno/report", admin), 404, "round_not_found", "id")
      const csv = await api.get(`/admin/delivery-rounds/${round.id}/report/csv`, { ...admin, responseType: "text" })
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect((parse(csv.data, { relax_column_count: true }) as string[][]).length).toBeGreaterThan(2)
      await refused(api.get("/admin/delivery-rounds/dround_nessuno/report/csv", admin), 404, "round_not_found", "id")
    })
  },
})
