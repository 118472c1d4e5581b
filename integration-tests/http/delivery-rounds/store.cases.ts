import { addressCart, cartWith, inStock, payOnDelivery, productsByMaker, roundOption, VERONETTA_ADDRESS } from "../../helpers/checkout"
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

    describe("POST /store/delivery-rounds/carts/:id/recheck-choice", () => {
      it("drops a home round's choice, and its fee, when the resident switches to collecting — and keeps a choice that still fits", async () => {
        const variant = inStock([...(await productsByMaker(api, district.store, district.regionId)).values()].flat())
        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: variant.id, quantity: 1 }])
        await addressCart(api, district.store, cartId)
        const home = await roundOption(api, district.store, cartId, "home")
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, district.store)
        await payOnDelivery(api, district.store, cartId)
        const read = async () =>
          (await api.get(`/store/carts/${cartId}?fields=total,item_total,shipping_total,*shipping_methods,*payment_collection`, district.store)).data.cart
        const before = await read()
        expect(before.shipping_total).toBe(home.offer.rounds[0].delivery_fee / 100)
        expect(before.total).toBeCloseTo(before.item_total + before.shipping_total, 2)

        // Nothing changed: the choice stays.
        const unchanged = await api.post(`/store/delivery-rounds/carts/${cartId}/recheck-choice`, {}, district.store)
        expect(unchanged.data.dropped).toEqual([])
        expect((await read()).shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([home.id])

        // Collecting: the street goes, Medusa's own refresh keeps the round (valid country-wide); the recheck drops it.
        const pickupDetails = { ...VERONETTA_ADDRESS, address_1: null, postal_code: null, city: null, province: null }
        await api.post(`/store/carts/${cartId}`, { shipping_address: pickupDetails, billing_address: pickupDetails }, district.store)
        expect((await read()).shipping_methods).toHaveLength(1)
        const { data } = await api.post(`/store/delivery-rounds/carts/${cartId}/recheck-choice`, {}, district.store)
        expect(data.dropped).toEqual([{ shipping_method_id: before.shipping_methods[0].id, round_id: home.offer.rounds[0].id, code: "round_out_of_zone" }])
        const after = await read()
        expect(after.shipping_methods).toEqual([])
        expect(after.shipping_total).toBe(0)
        expect(after.total).toBeCloseTo(after.item_total, 2)
        expect(after.payment_collection.amount).toBeCloseTo(after.total, 2)

        // A pickup slot fits a resident without a street: rechecking keeps it.
        const pickup = await roundOption(api, district.store, cartId, "pickup")
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id }, district.store)
        expect((await api.post(`/store/delivery-rounds/carts/${cartId}/recheck-choice`, {}, district.store)).data.dropped).toEqual([])
        expect((await read()).shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([pickup.id])
      })

      it("answers 404 naming the cart for an unknown id and 400 for a body, changing nothing", async () => {
        const unknown = await attempt(api.post("/store/delivery-rounds/carts/cart_nope/recheck-choice", {}, district.store))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/cart_nope/)
        const cartId = await cartAt(api, district.store, district.regionId, VERONETTA_ADDRESS)
        const home = await roundOption(api, district.store, cartId, "home")
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, district.store)
        const refused = await attempt(api.post(`/store/delivery-rounds/carts/${cartId}/recheck-choice`, { shipping_method_id: "x" }, district.store))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/shipping_method_id/)
        const { data } = await api.get(`/store/carts/${cartId}?fields=*shipping_methods`, district.store)
        expect(data.cart.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([home.id])
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
