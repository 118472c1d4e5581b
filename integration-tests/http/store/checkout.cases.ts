import { districtSuite } from "../../helpers/district"
import { cartWith, checkout, productsByMaker } from "../../helpers/checkout"

jest.setTimeout(180_000)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("POST /store/carts/:id/complete", () => {
      it("places one order for a cart with two makers' products, paid on delivery", async () => {
        const byMaker = await productsByMaker(api, district.store, district.regionId)
        const inStock = (p: any) => p.variants.find((v: any) => v.inventory_quantity >= 2)
        const [first, second] = [...byMaker.values()].map((list) => list.find(inStock)).filter(Boolean)
        const items = [
          { variant_id: inStock(first).id, quantity: 2 },
          { variant_id: inStock(second).id, quantity: 1 },
        ]
        const cartId = await cartWith(api, district.store, district.regionId, items)

        const { completed, offer } = await checkout(api, district.store, cartId)
        expect(offer.rounds).toHaveLength(2)
        expect(offer.rounds[0]).toMatchObject({ delivery_fee: 250, drops_left: 30 })
        expect(offer.pickup_points.map((p: any) => p.name).sort()).toEqual(["Casa Comune", "Forno San Nazaro"])
        expect(completed.type).toBe("order")
        const order = completed.order
        expect(order.display_id).toBeGreaterThan(0)
        expect(order.items).toHaveLength(2)
        expect(order.shipping_address.postal_code).toBe("37129")

        const expectedItems = 2 * inStock(first).calculated_price.calculated_amount + inStock(second).calculated_price.calculated_amount
        expect(order.item_total).toBeCloseTo(expectedItems, 2)
        expect(order.shipping_total).toBeCloseTo(2.5, 2)
        expect(order.total).toBeCloseTo(expectedItems + 2.5, 2)

        const { data } = await api.get(`/admin/orders/${order.id}?fields=*items,*payment_collections`, district.admin)
        expect(data.order.payment_collections[0].status).toBe("authorized")

        const { data: after } = await api.get(
          `/store/products/${first.id}?fields=+variants.inventory_quantity`,
          district.store
        )
        const variant = after.product.variants.find((v: any) => v.id === items[0].variant_id)
        expect(variant.inventory_quantity).toBe(inStock(first).inventory_quantity - 2)
      })

      it("charges the reduced VAT rates on food and books", async () => {
        const { data } = await api.get(
          `/store/products?limit=200&region_id=${district.regionId}&fields=+variants.inventory_quantity,*categories,*type`,
          district.store
        )
        const rateOf = (p: any) => (p.type.value.match(/(\d+)%/) ?? [])[1]
        const food = data.products.find((p: any) => rateOf(p) === "10" && p.variants[0].inventory_quantity > 0)
        const craft = data.products.find((p: any) => rateOf(p) === "22" && p.variants[0].inventory_quantity > 0)
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: food.variants[0].id, quantity: 1 },
          { variant_id: craft.variants[0].id, quantity: 1 },
        ])
        await api.post(`/store/carts/${cartId}`, { shipping_address: { country_code: "it", postal_code: "37129" } }, district.store)
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=*items.tax_lines`, district.store)
        const rates = Object.fromEntries(cart.cart.items.map((i: any) => [i.product_id, i.tax_lines.map((t: any) => t.rate)]))
        expect(rates[food.id]).toEqual([10])
        expect(rates[craft.id]).toEqual([22])
      })

      it("answers bad line items with 400 and leaves the cart unchanged", async () => {
        const { data } = await api.post("/store/carts", { region_id: district.regionId }, district.store)
        const bad = [{ quantity: 1 }, { variant_id: "variant_does_not_exist", quantity: 1 }, { variant_id: 42, quantity: "many" }]
        for (const body of bad) {
          const res = await api.post(`/store/carts/${data.cart.id}/line-items`, body, district.store).catch((e: any) => e.response)
          expect(res.status).toBeGreaterThanOrEqual(400)
          expect(res.status).toBeLessThan(500)
        }
        const { data: cart } = await api.get(`/store/carts/${data.cart.id}`, district.store)
        expect(cart.cart.items).toHaveLength(0)
      })
    })
  },
})
