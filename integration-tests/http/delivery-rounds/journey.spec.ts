import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { startFakeNominatim } from "../../fake-geocoder/server"
import { addressCart, cartWith, payAndComplete, productsByMaker, roundOption, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { volunteerWithLogin } from "../../helpers/delivery"
import { waitFor } from "../../helpers/wait-for"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { buyerBrowser } from "../../helpers/residents"
import { attempt, partsOf, vendorLogin } from "../../helpers/vendors"
import { makers } from "../../../backend/src/scripts/demo-district"
// The scheduled job itself, from the built plugin the app runs (same module instance).
import closeRoundsAtCutoff from "@rbv/delivery-rounds/jobs/close-rounds-at-cutoff"

jest.setTimeout(300_000)

// Three neighbours: one whose address carries coordinates, two the geocoder has to place.
const RESIDENTS = [
  { ...VERONETTA_ADDRESS, first_name: "Giulia", address_1: "Via San Nazaro 12", metadata: { lat: 45.4421, lng: 11.0075 } },
  { ...VERONETTA_ADDRESS, first_name: "Piero", last_name: "Dal Molin", address_1: "Via XX Settembre 40" },
  { ...VERONETTA_ADDRESS, first_name: "Amina", last_name: "Diallo", address_1: "Vicolo Cieco Disciplina 3", postal_code: "37129" },
]
const KNOWN_STREETS = { "Via XX Settembre 40": { lat: 45.4399, lon: 11.0052 } }

let nominatim: Awaited<ReturnType<typeof startFakeNominatim>>

beforeAll(async () => {
  nominatim = await startFakeNominatim(KNOWN_STREETS)
  process.env.GEOCODER_URL = nominatim.url
})
afterAll(async () => {
  delete process.env.GEOCODER_URL
  await nominatim.close()
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)
    const templates = async (template: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template }, { take: null })) as { to: string; data: any }[]

    it("three residents, one round: cutoff, plan, ride, every order delivered and each resident told", async () => {
      const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).values()]
      const variantOf = (list: any[]) => list.flatMap((p) => p.variants).find((v: any) => v.inventory_quantity >= 3)

      // Each resident fills one cart from three makers and picks the same (first) round.
      const orders: any[] = []
      const carts: string[] = []
      let roundId = ""
      for (const [i, address] of RESIDENTS.entries()) {
        const items = [0, 1, 2].map((k) => ({ variant_id: variantOf(byMaker[(i + k) % byMaker.length]).id, quantity: 1 }))
        const cartId = await cartWith(api, district.store, district.regionId, items)
        await addressCart(api, district.store, cartId, address as any, `resident${i}@example.org`)
        const { id, offer } = await roundOption(api, district.store, cartId)
        roundId = offer.rounds[0].id
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: id }, district.store)
        const completed = await payAndComplete(api, district.store, cartId)
        expect(completed.type).toBe("order")
        expect(completed.order.shipping_total).toBeCloseTo(2.5, 2)
        orders.push(completed.order)
        carts.push(cartId)
      }
      const { data: afterOrders } = await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)
      expect(afterOrders.delivery_round).toMatchObject({ drops_taken: 3, drops_left: 27 })
      const chosen = await waitFor(`delivery-round-chosen notifications`, async () => { const n = await templates("delivery-round-chosen"); return n.length === 3 && n })
      expect(chosen.map((n) => n.to).sort()).toEqual(["resident0@example.org", "resident1@example.org", "resident2@example.org"])

      // The resident's browser (it holds the cart the order came from) follows the delivery.
      const browserOf = (orderId: string) => buyerBrowser(district.store, carts[orders.findIndex((o) => o.id === orderId)])
      const { data: status } = await api.get(`/store/delivery-rounds/orders/${orders[0].id}`, browserOf(orders[0].id))
      expect(status.delivery).toMatchObject({ kind: "home", round_id: roundId, round_status: "open", stop_status: "scheduled" })

      // Cutoff passes while a fourth resident is still at the checkout with this round chosen: completing
      // is refused even before the job closes the round, and no order is created.
      const late = await cartWith(api, district.store, district.regionId, [{ variant_id: variantOf(byMaker[0]).id, quantity: 1 }])
      await addressCart(api, district.store, late, VERONETTA_ADDRESS)
      const lateOption = await roundOption(api, district.store, late)
      await api.post(`/store/carts/${late}/shipping-methods`, { option_id: lateOption.id }, district.store)
      await api.post(`/admin/delivery-rounds/${roundId}`, { cutoff_at: new Date(Date.now() - 60_000).toISOString() }, district.admin)
      const refused = await attempt(payAndComplete(api, district.store, late))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/past its cutoff/)
      const { data: lateCart } = await api.get(`/store/carts/${late}?fields=id,completed_at`, district.store)
      expect(lateCart.cart.completed_at).toBeNull()
      expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken).toBe(3)
      await closeRoundsAtCutoff(getContainer())
      expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.status).toBe("closed")

      // The rider assigned to the round sees it; another rider gets 404, as for a round that does not exist.
      const rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta@volontari.demo")
      const invited = await waitFor(`delivery-volunteer-invited notifications`, async () => { const n = await templates("delivery-volunteer-invited"); return n.length >= 1 && n })
      expect(invited.find((n) => n.to === "marta@volontari.demo")?.data.invite_url).toMatch(/\/logistica\/invito\?token=/)
      const other = await volunteerWithLogin(api, district.admin, "Ugo Fasoli", "ugo@volontari.demo")
      await api.post(`/admin/delivery-rounds/${roundId}`, { volunteer_ids: [rider.id] }, district.admin)
      const { data: mine } = await api.get("/logistics/rounds", rider.headers)
      expect(mine.rounds.map((r: any) => r.id)).toEqual([roundId])
      expect((await api.get("/logistics/rounds", other.headers)).data.rounds).toEqual([])
      for (const call of [
        () => api.get(`/logistics/rounds/${roundId}`, other.headers),
        () => api.post(`/logistics/rounds/${roundId}/plan`, {}, other.headers),
        () => api.get("/logistics/rounds/dround_does_not_exist", rider.headers),
      ]) {
        expect((await attempt(call())).status).toBe(404)
      }

      // Contacts stay hidden until the round is planned; items per maker are there already.
      const { data: closed } = await waitFor("each stop's items from its three makers", async () => {
        const r = await api.get(`/logistics/rounds/${roundId}`, rider.headers)
        return r.data.round.stops.every((s: any) => new Set(s.items.map((i: any) => i.maker_name)).size === 3) && r
      })
      expect(closed.round).toMatchObject({ status: "closed", can_see_contacts: false, stops_count: 3, can_plan: true, can_start: false })
      // What the API says it does not allow, it refuses.
      expect((await attempt(api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers))).status).toBeGreaterThanOrEqual(400)
      expect(closed.round.stops.every((s: any) => s.address_1 === null && s.phone === null)).toBe(true)
      expect(closed.round.totals).toMatchObject({ orders: 3, home_stops: 3, items: 9 })
      expect(closed.round.totals.amount_to_collect).toBe(orders.reduce((n, o) => n + Math.round(o.total * 100), 0))

      // The maker every resident bought from finds one labelled packing list per order and the hub deadline.
      const shared = makers.find((m) => m.handle === byMaker[2][0].metadata.maker_handle)!
      const { data: packing } = await api.get("/vendor/delivery-rounds", await vendorLogin(api, shared.email))
      const forRound = packing.rounds.find((r: any) => r.id === roundId)
      expect(forRound).toMatchObject({ collection_mode: "hub_dropoff", hub: { name: "Casa Comune" } })
      expect(new Date(forRound.dropoff_deadline).getTime()).toBeLessThan(new Date(forRound.starts_at).getTime())
      // First name and initial only: the maker labels bags, the network delivers.
      expect(forRound.orders.map((o: any) => o.customer_name).sort()).toEqual(["Amina D.", "Giulia F.", "Piero D."])
      expect(forRound.orders.every((o: any) => o.items.length === 1 && o.items[0].quantity === 1)).toBe(true)

      // Plan: the geocoder places one address, flags the one it does not know; km saved against every maker driving.
      const { data: planned } = await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
      const round = planned.round
      expect(round).toMatchObject({ status: "planned", can_see_contacts: true, can_plan: true, can_start: true })
      // Starting tells residents "on its way": the screen warns when the round's day (Verona's calendar) has not come.
      const veronaDay = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Europe/Rome" })
      expect(round.before_round_day).toBe(veronaDay(new Date()) < veronaDay(new Date(round.starts_at)))
      expect(nominatim.requests.map((q) => q.get("street")).sort()).toEqual(["Via XX Settembre 40", "Vicolo Cieco Disciplina 3"])
      const flagged = round.stops.find((s: any) => s.customer_name.startsWith("Amina"))
      expect(flagged).toMatchObject({ located: false, position: null, geocode_error: "address not found by the geocoder" })
      expect(round.plan.unlocated).toEqual([flagged.id])
      const delivers = round.plan.steps.filter((s: any) => s.type === "deliver")
      expect(delivers).toHaveLength(2)
      expect(round.plan.steps[0].type).toBe("start")
      expect(round.plan.steps.at(-1).type).toBe("end")
      expect(round.plan.distance_m).toBeGreaterThan(0)
      expect(round.plan.baseline_distance_m).toBeGreaterThan(round.plan.distance_m)
      expect(round.plan.saved_distance_m).toBe(round.plan.baseline_distance_m - round.plan.distance_m)
      const [start, end] = [new Date(round.starts_at).getTime(), new Date(round.ends_at).getTime()]
      for (const step of delivers) {
        const at = new Date(step.arrival).getTime()
        expect(at).toBeGreaterThanOrEqual(start)
        expect(at).toBeLessThanOrEqual(end)
      }
      const located = round.stops.filter((s: any) => s.located)
      expect(located.map((s: any) => s.position).sort()).toEqual([1, 2])
      expect(located.every((s: any) => s.address_1 && s.phone)).toBe(true)

      // Lock the second stop first and re-plan: it stays where it was pinned.
      const second = located.find((s: any) => s.position === 2)
      const { data: replanned } = await api.post(`/logistics/rounds/${roundId}/plan`, { locks: [{ stop_id: second.id, position: 1 }] }, rider.headers)
      expect(replanned.round.stops.find((s: any) => s.id === second.id)).toMatchObject({ position: 1, locked: true })

      // Ride: start (residents told it is on its way), then complete every stop.
      const started = await api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers)
      expect(started.data.round).toMatchObject({ status: "in_progress", can_plan: false, can_start: false, can_finish: false })
      expect((await attempt(api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers))).status).toBeGreaterThanOrEqual(400)
      const onTheWay = await waitFor(`delivery-out-for-delivery notifications`, async () => { const n = await templates("delivery-out-for-delivery"); return n.length === 3 && n })
      expect(onTheWay).toHaveLength(3)

      const [first, failing, last] = started.data.round.stops
      const noNote = await attempt(api.post(`/logistics/rounds/${roundId}/stops/${failing.id}/complete`, { outcome: "failed" }, rider.headers))
      expect(noNote.status).toBe(400)
      expect(noNote.data.message).toMatch(/note/)
      const badOutcome = await attempt(api.post(`/logistics/rounds/${roundId}/stops/${first.id}/complete`, { outcome: "maybe" }, rider.headers))
      expect(badOutcome.status).toBe(400)

      await api.post(`/logistics/rounds/${roundId}/stops/${first.id}/complete`, { outcome: "delivered", amount_collected: first.amount_to_collect }, rider.headers)
      await api.post(`/logistics/rounds/${roundId}/stops/${failing.id}/complete`, { outcome: "failed", note: "Nessuno in casa, citofono guasto" }, rider.headers)
      const again = await attempt(api.post(`/logistics/rounds/${roundId}/stops/${first.id}/complete`, { outcome: "delivered" }, rider.headers))
      expect(again.status).toBe(400)
      const finish = () => api.post(`/logistics/rounds/${roundId}/finish`, {}, rider.headers)
      expect(await attempt(finish())).toMatchObject({ status: 400, data: { code: "stops_remaining" } })
      const { data: lastDone } = await api.post(`/logistics/rounds/${roundId}/stops/${last.id}/complete`, { outcome: "delivered" }, rider.headers)
      // A door failed and could be rung again on the way back: the round waits for the rider to close it.
      expect(lastDone.round).toMatchObject({ status: "in_progress", done_count: 2, failed_count: 1, can_finish: true })
      const outsider = await volunteerWithLogin(api, district.admin, "Ivo Esterno", "ivo.esterno@volontari.demo")
      expect((await attempt(api.post(`/logistics/rounds/${roundId}/finish`, {}, outsider.headers))).status).toBe(404)
      const { data: done } = await finish()
      expect(done.round).toMatchObject({ status: "completed", done_count: 2, failed_count: 1, can_finish: false })
      expect(done.round.totals.amount_collected).toBe(first.amount_to_collect)
      expect((await finish()).data.round.status).toBe("completed") // a second tap changes nothing
      expect(await attempt(api.post(`/logistics/rounds/${roundId}/stops/${failing.id}/complete`, { outcome: "delivered" }, rider.headers))).toMatchObject({ status: 400, data: { code: "round_not_in_progress" } })

      // Medusa's own records: the delivered orders and every maker's part carry a delivered fulfillment.
      // Stops name the resident's order by its number only.
      const orderOf = (stop: any) => orders.find((o) => o.display_id === stop.display_id).id as string
      for (const stop of [first, last]) {
        const { data } = await api.get(`/admin/orders/${orderOf(stop)}?fields=id,fulfillments.delivered_at`, district.admin)
        expect(data.order.fulfillments).toHaveLength(1)
        expect(data.order.fulfillments[0].delivered_at).toBeTruthy()
        const children = await partsOf(api, district.admin, [orderOf(stop)], "id,metadata,fulfillments.delivered_at")
        expect(children).toHaveLength(3)
        for (const child of children) expect(child.fulfillments.map((f: any) => Boolean(f.delivered_at))).toEqual([true])
      }
      const { data: failedOrder } = await api.get(`/admin/orders/${orderOf(failing)}?fields=id,fulfillments.id`, district.admin)
      expect(failedOrder.order.fulfillments).toEqual([])

      const delivered = await waitFor(`delivery-delivered notifications`, async () => { const n = await templates("delivery-delivered"); return n.length === 2 && n })
      expect(delivered).toHaveLength(2)
      const failed = await waitFor(`delivery-failed notifications`, async () => { const n = await templates("delivery-failed"); return n.length === 1 && n })
      expect(failed[0].data.note).toBe("Nessuno in casa, citofono guasto")
      // The mail's words follow the stop's kind (a missed pickup is not a door rung): this one a door.
      expect(failed[0].data.kind).toBe("home")
      const coordinator = await waitFor(`delivery-failed-coordinator notifications`, async () => { const n = await templates("delivery-failed-coordinator"); return n.length >= 1 && n })
      expect(coordinator.map((n) => n.to)).toContain("coordinamento@retebuonvivere.demo")

      const { data: finalStatus } = await api.get(`/store/delivery-rounds/orders/${orderOf(failing)}`, browserOf(orderOf(failing)))
      expect(finalStatus.delivery).toMatchObject({ stop_status: "failed", note: "Nessuno in casa, citofono guasto", round_status: "completed" })
    })
  },
})
