import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import releaseStaleDropClaims from "@rbv/delivery-rounds/jobs/release-stale-drop-claims"
import { addressCart, cartWith, complete, completeAtOnce, payAndComplete, payOnDelivery, productsByMaker, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { cartAt, roundBody, zonesByName } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const OUTSIDE = { ...VERONETTA_ADDRESS, address_1: "Corso Porta Nuova 10", postal_code: "37122" }
const doorOf = (i: number) => ({ ...VERONETTA_ADDRESS, address_1: `Via Santa Toscana ${i + 1}` })

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
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

      const { placed, refused } = await completeAtOnce(api, district.store, carts)
      expect(placed).toHaveLength(3)
      expect(refused).toHaveLength(3)
      for (const r of refused) {
        expect(r.status).toBe(400)
        expect(r.data).toMatchObject({ type: "not_allowed", code: "round_full" })
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
      expect(again.data).toMatchObject({ type: "not_allowed", code: "round_full" })

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

    describe("drops are claims of a round by a cart", () => {
      let roundId: string
      let optionId: string
      let variantId: string
      beforeEach(async () => {
        const zones = await zonesByName(api, district.admin)
        const { data } = await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], 2, { max_drops: 3, name: "Giro dei ritentativi" }), district.admin)
        roundId = data.delivery_round.id
        const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).values()]
        variantId = byMaker.flatMap((list) => list.flatMap((p: any) => p.variants)).find((v: any) => v.inventory_quantity >= 10).id
      })
      /** A cart for door i with the round chosen, not paid yet. */
      const cartForRound = async (i: number) => {
        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: variantId, quantity: 1 }])
        await addressCart(api, district.store, cartId, doorOf(i), `ritento${i}@example.org`)
        const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
        optionId = data.rounds.find((r: any) => r.id === roundId).shipping_option_id
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, district.store)
        return cartId
      }
      const claimsOf = async (cartId: string) =>
        (await getContainer().resolve("query").graph({ entity: "delivery_drop_claim", fields: ["round_id", "order_id"], filters: { cart_id: cartId } })).data as any[]
      const dropsTaken = async () => (await api.get(`/admin/delivery-rounds/${roundId}`, district.admin)).data.delivery_round.drops_taken

      it("a cart completed twice at once (two clicks, two servers) gets one order in both answers, one claim, one drop", async () => {
        const cartId = await cartForRound(0)
        await payOnDelivery(api, district.store, cartId)
        const [first, second] = await Promise.all([complete(api, district.store, cartId), complete(api, district.store, cartId)])
        expect([first.type, second.type]).toEqual(["order", "order"])
        expect(second.order.id).toBe(first.order.id)
        expect(await claimsOf(cartId)).toEqual([expect.objectContaining({ round_id: roundId, order_id: first.order.id })])
        expect(await dropsTaken()).toBe(1)
        // Once more later (a reload of the confirmation): the same order, nothing more taken.
        expect((await complete(api, district.store, cartId)).order.id).toBe(first.order.id)
        expect(await claimsOf(cartId)).toHaveLength(1)
        expect(await dropsTaken()).toBe(1)
      })

      it("a completion whose payment fails gives its claim back; paid, the cart claims and keeps one", async () => {
        const cartId = await cartForRound(1)
        // No payment session: Medusa's completion refuses it after the drop was claimed.
        const failed = await attempt(complete(api, district.store, cartId))
        expect(failed.status).toBe(400)
        expect(await claimsOf(cartId)).toEqual([])
        expect(await dropsTaken()).toBe(0)
        await payOnDelivery(api, district.store, cartId)
        const placed = await complete(api, district.store, cartId)
        expect(placed.type).toBe("order")
        expect(await claimsOf(cartId)).toEqual([expect.objectContaining({ order_id: placed.order.id })])
        expect(await dropsTaken()).toBe(1)
      })

      it("a cart holding a claim completes on a full round; the sweep gives back a stale claim with no order, hands one whose cart has its order to that order, and leaves fresh ones", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        const delivery = getContainer().resolve("delivery") as any
        // A checkout cut short after its claim (never completed), one whose order was made but whose
        // claim was never handed to it, and one cut short that the resident retries; and a stranger.
        const stranger = await cartForRound(5)
        const abandoned = await cartForRound(2)
        expect(await delivery.claimDrop(roundId, abandoned)).toBe(true)
        const cutShort = await cartForRound(3)
        const { order } = await payAndComplete(api, district.store, cutShort)
        await knex.raw(`UPDATE delivery_drop_claim SET order_id = NULL WHERE cart_id = ?`, [cutShort])
        const retried = await cartForRound(4)
        expect(await delivery.claimDrop(roundId, retried)).toBe(true)
        expect(await dropsTaken()).toBe(3)
        // Full for a stranger; not for the cart that holds a drop of it.
        expect(await delivery.claimDrop(roundId, stranger)).toBe(false)
        const retry = await payAndComplete(api, district.store, retried)
        expect(retry.type).toBe("order")
        expect(await claimsOf(retried)).toEqual([expect.objectContaining({ order_id: retry.order.id })])
        expect(await dropsTaken()).toBe(3)

        await knex.raw(`UPDATE delivery_drop_claim SET created_at = now() - interval '10 minutes' WHERE cart_id IN (?, ?)`, [abandoned, cutShort])
        await releaseStaleDropClaims(getContainer())
        expect(await claimsOf(abandoned)).toEqual([])
        expect(await claimsOf(cutShort)).toEqual([expect.objectContaining({ order_id: order.id })])
        expect(await dropsTaken()).toBe(2)
        // The drop given back is there for the next resident; a fresh claim without order stays.
        expect(await delivery.claimDrop(roundId, stranger)).toBe(true)
        await releaseStaleDropClaims(getContainer())
        expect(await claimsOf(stranger)).toEqual([expect.objectContaining({ order_id: null })])
        expect(await dropsTaken()).toBe(3)
      })
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
