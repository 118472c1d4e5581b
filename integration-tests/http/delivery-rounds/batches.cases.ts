import { addressCart, cartWith, completeAtOnce, payAndComplete, productsByMaker, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { roundBody, zonesByName } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { attempt, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const BAKERY = "forno-san-nazaro"

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    /** Two fresh rounds in the same zone (this week's and next week's), and a bakery product with enough stock for everyone. */
    async function roundsAndBread() {
      const zones = await zonesByName(api, district.admin)
      const round = async (days: number, name: string) =>
        (await api.post("/admin/delivery-rounds", roundBody([zones["Veronetta Nord"]], days, { max_drops: 30, name }), district.admin)).data.delivery_round.id as string
      const thisWeek = await round(2, "Giro del giovedì")
      const nextWeek = await round(9, "Giro del giovedì dopo")
      const bakery = (await productsByMaker(api, district.store, district.regionId)).get(BAKERY)!
      const bread = bakery.find((p: any) => p.variants.some((v: any) => v.inventory_quantity >= 20))
      const variant = bread.variants.find((v: any) => v.inventory_quantity >= 20)
      return { thisWeek, nextWeek, bread, variant }
    }

    /** A guest's cart for `quantity` of a variant, addressed in Veronetta, riding the given round. */
    async function cartFor(roundId: string, variantId: string, quantity: number, i: number) {
      const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: variantId, quantity }])
      await addressCart(api, district.store, cartId, { ...VERONETTA_ADDRESS, address_1: `Via San Nazaro ${20 + i}` }, `pane${i}@example.org`)
      const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, district.store)
      const round = data.rounds.find((r: any) => r.id === roundId)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: round.shipping_option_id }, district.store)
      return { cartId, optionId: round.shipping_option_id as string }
    }

    const leftFor = async (productId: string, roundId: string) => {
      const { data } = await api.get(`/store/delivery-rounds/products/${productId}`, district.store)
      return data.rounds.find((r: any) => r.id === roundId)?.left as number | undefined
    }

    it("the last 5 loaves of a round go to exactly 5 of 8 residents checking out at once; the count starts again next round", async () => {
      const { thisWeek, nextWeek, bread, variant } = await roundsAndBread()
      const maker = await vendorLogin(api, "forno@sannazaro.demo")
      const { data: made } = await api.post("/vendor/batch-limits", { name: "Pagnotte", quantity: 5, product_ids: [bread.id] }, maker)
      expect(made.batch_limit).toMatchObject({ name: "Pagnotte", quantity: 5, products: [{ id: bread.id }] })
      expect(made.batch_limit.rounds.find((r: any) => r.id === thisWeek)).toMatchObject({ taken: 0, left: 5 })
      expect(await leftFor(bread.id, thisWeek)).toBe(5)

      const carts = []
      for (let i = 0; i < 8; i++) carts.push(await cartFor(thisWeek, variant.id, 1, i))
      const { placed, refused } = await completeAtOnce(api, district.store, carts.map(({ cartId }) => cartId))
      expect(placed).toHaveLength(5)
      expect(refused).toHaveLength(3)
      for (const r of refused) {
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/Not enough left for this round: Pagnotte \(0 left, 1 asked\)/)
      }
      // The residents' orders in the database are exactly the five answered with an order.
      const { data: orders } = await api.get("/admin/orders?fields=id,email,metadata&limit=100", district.admin)
      const breadOrders = orders.orders.filter((o: any) => o.email?.startsWith("pane") && !o.metadata?.parent_order_id)
      expect(breadOrders.map((o: any) => o.id).sort()).toEqual(placed.map((p: any) => p.order.id).sort())

      // The shop says none are left for this round, all five for next week's; the maker sees the same.
      expect(await leftFor(bread.id, thisWeek)).toBe(0)
      expect(await leftFor(bread.id, nextWeek)).toBe(5)
      const { data: mine } = await api.get("/vendor/batch-limits", maker)
      const limit = mine.batch_limits.find((l: any) => l.id === made.batch_limit.id)
      expect(limit.rounds.find((r: any) => r.id === thisWeek)).toMatchObject({ taken: 5, left: 0 })
      expect(limit.rounds.find((r: any) => r.id === nextWeek)).toMatchObject({ taken: 0, left: 5 })

      // A latecomer sees why this round cannot take the bread and is refused at the shipping choice; next week's takes it.
      const latecomer = await cartWith(api, district.store, district.regionId, [{ variant_id: variant.id, quantity: 2 }])
      await addressCart(api, district.store, latecomer, VERONETTA_ADDRESS, "ritardo@example.org")
      const { data: offer } = await api.get(`/store/delivery-rounds?cart_id=${latecomer}`, district.store)
      expect(offer.rounds.find((r: any) => r.id === thisWeek).short).toEqual([{ batch_limit_id: limit.id, name: "Pagnotte", quantity: 2, left: 0 }])
      expect(offer.rounds.find((r: any) => r.id === nextWeek).short).toEqual([])
      const forced = await attempt(api.post(`/store/carts/${latecomer}/shipping-methods`, { option_id: carts[0].optionId }, district.store))
      expect(forced.status).toBe(400)
      expect(forced.data.message).toMatch(/Pagnotte \(0 left\)/)
      const nextOption = offer.rounds.find((r: any) => r.id === nextWeek).shipping_option_id
      await api.post(`/store/carts/${latecomer}/shipping-methods`, { option_id: nextOption }, district.store)
      expect((await payAndComplete(api, district.store, latecomer)).type).toBe("order")
      expect(await leftFor(bread.id, nextWeek)).toBe(3)

      // Medusa's bare completion route would place a round's order without holding its units: refused.
      const sneaky = await cartFor(nextWeek, variant.id, 1, 99)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: sneaky.cartId }, district.store)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, district.store)
      const bare = await attempt(api.post(`/store/carts/${sneaky.cartId}/complete`, {}, district.store))
      expect(bare.status).toBe(400)
      expect(bare.data.message).toMatch(/delivery-rounds\/carts\/.*\/complete/)

      // A cancelled order gives its loaf back to this round (its subscriber runs after the answer).
      await api.post(`/admin/orders/${placed[0].order.id}/cancel`, {}, district.admin)
      await waitFor("the cancelled order's loaf given back", async () => (await leftFor(bread.id, thisWeek)) === 1)
      expect(await leftFor(bread.id, nextWeek)).toBe(3)
    })

    it("a cart asking more than is left takes nothing; the maker changes the quantity and a group of products shares one count", async () => {
      const { thisWeek, bread, variant } = await roundsAndBread()
      const maker = await vendorLogin(api, "forno@sannazaro.demo")
      const bakery = (await productsByMaker(api, district.store, district.regionId)).get(BAKERY)!
      const other = bakery.find((p: any) => p.id !== bread.id && p.variants.some((v: any) => v.inventory_quantity >= 5))
      const otherVariant = other.variants.find((v: any) => v.inventory_quantity >= 5)
      const { data: made } = await api.post("/vendor/batch-limits", { name: "Forno a legna", quantity: 4, product_ids: [bread.id, other.id] }, maker)

      // 3 loaves + 2 of the other product = 5 asked of 4: refused, and nothing is taken.
      const cart = await cartFor(thisWeek, variant.id, 3, 40)
      await api.post(`/store/carts/${cart.cartId}/line-items`, { variant_id: otherVariant.id, quantity: 2 }, district.store)
      const refused = await attempt(payAndComplete(api, district.store, cart.cartId))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Forno a legna \(4 left, 5 asked\)/)
      expect(await leftFor(bread.id, thisWeek)).toBe(4)
      expect(await leftFor(other.id, thisWeek)).toBe(4)

      // The maker bakes more: 6 per round. The same cart now goes through and both products count.
      const { data: updated } = await api.post(`/vendor/batch-limits/${made.batch_limit.id}`, { quantity: 6 }, maker)
      expect(updated.batch_limit.quantity).toBe(6)
      expect((await payAndComplete(api, district.store, cart.cartId)).type).toBe("order")
      expect(await leftFor(bread.id, thisWeek)).toBe(1)
      expect(await leftFor(other.id, thisWeek)).toBe(1)

      // Bad input names the field; another maker cannot see, change or delete the bakery's limit.
      const zero = await attempt(api.post("/vendor/batch-limits", { name: "Niente", quantity: 0, product_ids: [bread.id] }, maker))
      expect(zero.status).toBe(400)
      expect(zero.data.message).toMatch(/quantity/)
      const beekeeper = await vendorLogin(api, "miele@torricelle.demo")
      const theirs = await attempt(api.post("/vendor/batch-limits", { name: "Rubato", quantity: 1, product_ids: [bread.id] }, beekeeper))
      expect(theirs.status).toBe(404)
      expect(theirs.data.message).toMatch(/product_ids/)
      expect((await attempt(api.post(`/vendor/batch-limits/${made.batch_limit.id}`, { quantity: 1 }, beekeeper))).status).toBe(404)
      expect((await attempt(api.delete(`/vendor/batch-limits/${made.batch_limit.id}`, beekeeper))).status).toBe(404)
      expect((await api.get("/vendor/batch-limits", beekeeper)).data.batch_limits.map((l: any) => l.id)).not.toContain(made.batch_limit.id)

      // Deleted: the products are no longer limited.
      await api.delete(`/vendor/batch-limits/${made.batch_limit.id}`, maker)
      const { data: free } = await api.get(`/store/delivery-rounds/products/${bread.id}`, district.store)
      expect(free).toMatchObject({ limited: false, rounds: [] })
    })
  },
})
