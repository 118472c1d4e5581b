import { cartWith, checkout, productsByMaker } from "../../helpers/checkout"
import { volunteerWithLogin } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { waitFor } from "../../helpers/wait-for"
import { attempt, vendorLogin } from "../../helpers/vendors"
import { makers } from "../../../backend/src/scripts/demo-district"

jest.setTimeout(300_000)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    describe("POST|DELETE /vendor/orders/:id/ready", () => {
      it("'pronto' can be taken back until the round starts; the round page shows which makers are ready", async () => {
        const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).entries()].slice(0, 2)
        const items = byMaker.map(([, list]) => ({ variant_id: list.flatMap((p: any) => p.variants).find((v: any) => v.inventory_quantity >= 2).id, quantity: 1 }))
        const { completed, offer } = await checkout(api, district.store, await cartWith(api, district.store, district.regionId, items))
        const roundId = offer.rounds[0].id as string
        const [a, b] = byMaker.map(([handle]) => makers.find((m) => m.handle === handle)!)
        const makerA = await vendorLogin(api, a.email)
        const makerB = await vendorLogin(api, b.email)
        const partOf = async (headers: any, orderNumber = completed.order.display_id) => {
          const { data } = await api.get("/vendor/orders", headers)
          return data.orders.find((o: any) => o.order_number === orderNumber)
        }
        const partA = await waitFor("the first maker's part", () => partOf(makerA))
        const partB = await waitFor("the second maker's part", () => partOf(makerB))
        expect(partA).toMatchObject({ stage: "to_prepare", ready_at: null, can_mark_ready: true, can_unready: false })

        const planner = await volunteerWithLogin(api, district.admin, "Paolo Zanetti", "paolo.ready@volontari.demo", "planner")
        const readiness = async () => {
          const { data } = await api.get(`/logistics/rounds/${roundId}`, planner.headers)
          return Object.fromEntries(data.round.makers.map((m: any) => [m.name, { ready: m.ready, ready_count: m.ready_count, orders_count: m.orders_count }]))
        }
        expect((await readiness())[a.name]).toEqual({ ready: false, ready_count: 0, orders_count: 1 })

        const notYet = await attempt(api.delete(`/vendor/orders/${partA.id}/ready`, makerA))
        expect(notYet.status).toBe(400)
        expect(notYet.data.message).toBe("This order is not marked ready")

        const { data: ready } = await api.post(`/vendor/orders/${partA.id}/ready`, {}, makerA)
        expect(ready.order).toMatchObject({ stage: "ready", ready_at: expect.any(String), can_mark_ready: false, can_unready: true })
        const twice = await attempt(api.post(`/vendor/orders/${partA.id}/ready`, {}, makerA))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toBe("This order is already marked ready")
        expect(await readiness()).toMatchObject({ [a.name]: { ready: true, ready_count: 1 }, [b.name]: { ready: false, ready_count: 0 } })

        // Changing its mind before the round starts: back to "to prepare", and the round page follows.
        const { data: undone } = await api.delete(`/vendor/orders/${partA.id}/ready`, makerA)
        expect(undone.order).toMatchObject({ stage: "to_prepare", ready_at: null, can_mark_ready: true, can_unready: false })
        expect((await readiness())[a.name].ready).toBe(false)
        // Another maker cannot touch it (404, as a missing order).
        expect((await attempt(api.delete(`/vendor/orders/${partA.id}/ready`, makerB))).status).toBe(404)
        expect((await attempt(api.post(`/vendor/orders/${partA.id}/ready`, {}, makerB))).status).toBe(404)
        await api.post(`/vendor/orders/${partA.id}/ready`, {}, makerA)

        // The round starts: the goods have left the workshops, "pronto" is history for both makers.
        const rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta.ready@volontari.demo")
        await api.post(`/admin/delivery-rounds/${roundId}`, { volunteer_ids: [rider.id] }, district.admin)
        await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "closed" }, district.admin)
        await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
        await api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers)
        const frozen = await waitFor("the part handed over to the round", async () => {
          const part = await partOf(makerA)
          return part?.handed_over_at ? part : undefined
        })
        expect(frozen).toMatchObject({ stage: "gone", ready_at: expect.any(String), handed_over_at: expect.any(String), can_mark_ready: false, can_unready: false })

        const tooLate = await attempt(api.delete(`/vendor/orders/${partA.id}/ready`, makerA))
        expect(tooLate.status).toBe(400)
        expect(tooLate.data.message).toMatch(/round carrying this order has started.*can no longer be marked as not ready/)
        const lateReady = await attempt(api.post(`/vendor/orders/${partB.id}/ready`, {}, makerB))
        expect(lateReady.status).toBe(400)
        expect(lateReady.data.message).toMatch(/round carrying this order has started/)
        expect(await partOf(makerA)).toMatchObject({ ready_at: frozen.ready_at })
        expect(await partOf(makerB)).toMatchObject({ ready_at: null, can_mark_ready: false })

        // A second order of the first maker's, so that its list has two creation times to sort whatever the seed gave it.
        const { completed: again } = await checkout(api, district.store, await cartWith(api, district.store, district.regionId, [items[0]]))
        await waitFor("the first maker's second part", () => partOf(makerA, again.order.display_id))
        // The maker's lists by stage: each holds its stage only, and the counts agree with every part listed whole.
        const { data: whole } = await api.get("/vendor/orders?limit=100", makerA)
        expect(whole.count).toBe(whole.orders.length)
        const tally = (stage: string) => whole.orders.filter((o: any) => o.stage === stage).length
        expect(whole.counts).toEqual({ to_prepare: tally("to_prepare"), ready: tally("ready"), gone: tally("gone"), cancelled: tally("cancelled") })
        const { data: gone } = await api.get("/vendor/orders?stage=gone&order=created_at", makerA)
        expect(gone.count).toBe(tally("gone"))
        expect(gone.orders.map((o: any) => o.id)).toContain(partA.id)
        expect(new Set(gone.orders.map((o: any) => o.stage))).toEqual(new Set(["gone"]))
        const times = gone.orders.map((o: any) => Date.parse(o.created_at))
        expect(times).toEqual([...times].sort((x, y) => x - y))
        // The order asked for, on a list long enough to show it: oldest first, newest first.
        const { data: oldest } = await api.get("/vendor/orders?limit=100&order=created_at", makerA)
        const ascending = oldest.orders.map((o: any) => Date.parse(o.created_at))
        expect(new Set(ascending).size).toBeGreaterThan(1)
        expect(ascending).toEqual([...ascending].sort((x, y) => x - y))
        const descending = whole.orders.map((o: any) => Date.parse(o.created_at))
        expect(descending).toEqual([...descending].sort((x, y) => y - x))
        const { data: open } = await api.get("/vendor/orders?stage=to_prepare,ready", makerA)
        expect(open.count).toBe(tally("to_prepare") + tally("ready"))
        expect(open.orders.map((o: any) => o.id)).not.toContain(partA.id)
        const wrong = await attempt(api.get("/vendor/orders?stage=shipped", makerA))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/stage/)
      })
    })
  },
})
