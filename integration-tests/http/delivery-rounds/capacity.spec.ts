import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addressCart, cartWith, payAndComplete, productsByMaker, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { cartAt, roundBody, zonesByName } from "../../helpers/delivery"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const OUTSIDE = { ...VERONETTA_ADDRESS, address_1: "Corso Porta Nuova 10", postal_code: "37122" }
const doorOf = (i: number) => ({ ...VERONETTA_ADDRESS, address_1: `Via Santa Toscana ${i + 1}` })

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)
    it("the last 3 drops of a round go to exactly 3 of 6 residents checking out at once; the others get no order", async () => {
      const zones = await zonesByName(api, district.admin)
      const { data: created } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], 2, { max_drops: 3, name: "Giro piccolo" }), district.admin)
      const roundId = created.delivery_round.id
      const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).values()]
      const variant = byMaker.flatMap((list) => list.flatMap((p: any) => p.variants)).find((v: any) => v.inventory_quantity >= 10)

      const carts: string[] = []
      let roundOptionId = ""
      for (let i = 0; i < 6; i++) {
        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: variant.id, quantity: 1 }])
        // six neighbours, six doors (orders to one door share a stop and its drop)
        await addressCart(api, district.store, cartId, doorOf(i), `neighbour${i}@example.org`)
        const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        const mine = data.rounds.find((r: any) => r.id === roundId)
        expect(mine).toMatchObject({ drops_left: 3, delivery_fee: 300 })
        roundOptionId = mine.shipping_option_id
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: roundOptionId }, district.store)
        carts.push(cartId)
      }

      const results = await Promise.all(carts.map((cartId) => attempt(payAndComplete(api, district.store, cartId))))
      const placed = results.filter((r: any) => r.type === "order")
      const refused = results.filter((r: any) => r.status)
      expect(placed).toHaveLength(3)
      expect(refused).toHaveLength(3)
      for (const r of refused) {
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/full/)
      }

      const { data: round } = await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)
      expect(round.delivery_round).toMatchObject({ drops_taken: 3, drops_left: 0 })
      // Residents' orders only (the makers' child orders carry no e-mail).
      const { data: orders } = await api.get("/admin/orders?fields=id,email,metadata&limit=50", district.admin)
      const residentsOrders = orders.orders.filter((o: any) => o.email?.startsWith("neighbour") && !o.metadata?.parent_order_id)
      expect(residentsOrders.map((o: any) => o.email).sort()).toEqual(placed.map((p: any) => p.order.email).sort())
      expect(residentsOrders).toHaveLength(3)

      // Full: the round disappears from the offer and choosing its option is refused with a clear reason.
      const latecomer = await cartWith(api, district.store, district.regionId, [{ variant_id: variant.id, quantity: 1 }])
      await addressCart(api, district.store, latecomer, VERONETTA_ADDRESS)
      const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${latecomer}`, district.store)
      expect(offer.rounds.map((r: any) => r.id)).not.toContain(roundId)
      const again = await attempt(api.post(`/store/carts/${latecomer}/shipping-methods`, { option_id: roundOptionId }, district.store))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/full/)

      // Full, but not for a door it already stops at: another order there joins that stop and takes no drop.
      const door = placed[0].order.shipping_address
      const sameDoor = await cartWith(api, district.store, district.regionId, [{ variant_id: variant.id, quantity: 1 }])
      await addressCart(api, district.store, sameDoor, { ...VERONETTA_ADDRESS, address_1: door.address_1 }, "housemate@example.org")
      const { data: offered } = await api.get(`/store/delivery-rounds?cart_id=${sameDoor}`, district.store)
      expect(offered.rounds.map((r: any) => r.id)).toContain(roundId)
      await api.post(`/store/carts/${sameDoor}/shipping-methods`, { option_id: roundOptionId }, district.store)
      const joined = await payAndComplete(api, district.store, sameDoor)
      expect(joined.type).toBe("order")
      expect((await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken).toBe(3)

      // A cancelled order gives its drop back while the round is open, once its stop has no order left.
      const dropsTaken = async () => (await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken
      await api.post(`/admin/orders/${placed[0].order.id}/cancel`, {}, district.admin)
      const rowOf = async (orderId: string) =>
        (await getContainer().resolve("query").graph({ entity: "delivery_stop_order", fields: ["cancelled_at"], filters: { order_id: orderId } })).data[0] as any
      await waitFor("the cancelled order off its stop", async () => Boolean((await rowOf(placed[0].order.id))?.cancelled_at))
      expect(await dropsTaken()).toBe(3)
      await api.post(`/admin/orders/${joined.order.id}/cancel`, {}, district.admin)
      expect(await waitFor("the drop back", async () => (await dropsTaken()) === 2)).toBe(true)
    })

    it("an address no round serves gets a clear message and the pickup slots; forcing a round's option is refused", async () => {
      const cartId = await cartAt(api, district.store, district.regionId, OUTSIDE)
      const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
      expect(data.rounds).toEqual([])
      expect(data.message).toMatch(/punto di ritiro/)
      const slots = data.pickup_points.flatMap((p: any) => p.slots)
      expect(slots.length).toBeGreaterThanOrEqual(2)

      const { data: inZone } = await api.get(`/store/delivery-rounds?cart_id=${await cartAt(api, district.store, district.regionId, VERONETTA_ADDRESS)}`, district.store)
      const homeOption = inZone.rounds[0].shipping_option_id
      const refused = await attempt(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: homeOption }, district.store))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/does not serve your address/)

      const pickup = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: slots[0].shipping_option_id }, district.store)
      expect(pickup.status).toBe(200)
    })
  },
})
