import { VERONETTA_ADDRESS } from "../../helpers/checkout"
import { cartAt, MILANO_ADDRESS, roundBody, zonesByName } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { attempt } from "../../helpers/vendors"

jest.setTimeout(180_000)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("GET /store/delivery-rounds", () => {
      it("lists the open rounds serving a Veronetta address, with fee, window and drops left", async () => {
        const cartId = await cartAt(api, district.store, district.regionId, VERONETTA_ADDRESS)

        const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        expect(data.message).toBeUndefined()
        expect(data.rounds).toHaveLength(2)
        for (const round of data.rounds) {
          expect(round).toMatchObject({ delivery_fee: 250, drops_left: 30, starts_at: expect.any(String), ends_at: expect.any(String) })
          expect(new Date(round.cutoff_at).getTime()).toBeGreaterThan(Date.now())
          expect(round.pickup_point_ids).toHaveLength(2)
        }
        expect(new Date(data.rounds[0].starts_at).getTime()).toBeLessThan(new Date(data.rounds[1].starts_at).getTime())
        expect(data.pickup_points.map((p: any) => p.name).sort()).toEqual(["Casa Comune", "Forno San Nazaro"])
      })

      it("leaves out closed, full and past-cutoff rounds and rounds of other zones", async () => {
        const zones = await zonesByName(api, district.admin)
        const create = async (body: Record<string, unknown>) => (await api.post("/admin/delivery-rounds", body, district.admin)).data.delivery_round
        const sud = await create(roundBody([zones["Veronetta Sud"]], 2))
        const closed = await create(roundBody([zones["Veronetta Nord"]], 2))
        await api.post(`/admin/delivery-rounds/${closed.id}/status`, { status: "closed" }, district.admin)
        const pastCutoff = await create(roundBody([zones["Veronetta Nord"]], 1, { cutoff_at: new Date(Date.now() - 60_000).toISOString() }))
        const full = await create(roundBody([zones["Veronetta Nord"]], 2, { max_drops: 1 }))
        const delivery = getContainer().resolve("delivery") as any
        expect(await delivery.takeDrop(full.id)).toBe(true)

        const cartId = await cartAt(api, district.store, district.regionId, VERONETTA_ADDRESS)
        const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        const ids = data.rounds.map((r: any) => r.id)
        expect(ids).toHaveLength(2)
        for (const id of [sud.id, closed.id, pastCutoff.id, full.id]) expect(ids).not.toContain(id)
        expect(await delivery.takeDrop(pastCutoff.id)).toBe(false)
        expect(await delivery.takeDrop(closed.id)).toBe(false)
      })

      it("tells an address no round serves to choose a pickup point", async () => {
        const cartId = await cartAt(api, district.store, district.regionId, MILANO_ADDRESS)
        const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        expect(data.rounds).toEqual([])
        expect(data.message).toMatch(/punto di ritiro/)
        expect(data.pickup_points).toHaveLength(2)
      })

      it("answers 400 without cart_id and 404 for an unknown cart", async () => {
        const missing = await attempt(api.get("/store/delivery-rounds", district.store))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/cart_id/)
        const unknown = await attempt(api.get("/store/delivery-rounds?cart_id=cart_nope", district.store))
        expect(unknown.status).toBe(404)
      })
    })

    describe("round capacity", () => {
      it("gives the last K drops to exactly K of N concurrent callers, and gives them back", async () => {
        const zones = await zonesByName(api, district.admin)
        const { data } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], 3, { max_drops: 5 }), district.admin)
        const id = data.delivery_round.id
        const delivery = getContainer().resolve("delivery") as any
        expect(await delivery.takeDrop(id)).toBe(true)
        expect(await delivery.takeDrop(id)).toBe(true)

        const outcomes = await Promise.all(Array.from({ length: 12 }, () => delivery.takeDrop(id)))
        expect(outcomes.filter(Boolean)).toHaveLength(3)
        const { data: after } = await api.get(`/admin/delivery-rounds/${id}`, district.admin)
        expect(after.delivery_round).toMatchObject({ drops_taken: 5, drops_left: 0 })

        expect(await delivery.releaseDrop(id)).toBe(true)
        expect(await delivery.takeDrop(id)).toBe(true)
        expect((await api.get(`/admin/delivery-rounds/${id}`, district.admin)).data.delivery_round.drops_taken).toBe(5)
      })
    })
  },
})
