import { districtSuite } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { waitFor } from "../../helpers/wait-for"
import { attempt, inStockVariantOf, simpleProduct, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)

/** The transparent price's rule, in integers: VAT = gross − net, the net rounded half up to the cent. */
const lineVat = (grossCents: number, rate: number) => grossCents - Math.round((grossCents * 100) / (100 + rate))

/** Independently: each kept line's gross and rate through the transparent price's rule; the delivery's VAT as Medusa gives it. */
function expectedRates(order: any, kept: (item: any) => boolean = () => true) {
  const expected = new Map<number, number>()
  const add = (rate: number, cents: number) => expected.set(rate, (expected.get(rate) ?? 0) + cents)
  for (const item of order.items.filter(kept)) add(item.tax_lines[0].rate, lineVat(Math.round(item.unit_price * 100) * item.quantity, item.tax_lines[0].rate))
  for (const method of order.shipping_methods) add(method.tax_lines[0].rate, Math.round(method.tax_total * 100))
  return {
    rates: [...expected].sort(([a], [b]) => a - b).map(([rate, cents]) => ({ rate, cents })),
    total: [...expected.values()].reduce((s, c) => s + c, 0),
  }
}

const ORDER_TAXES = "fields=tax_total,*items,items.tax_lines.rate,*shipping_methods,shipping_methods.tax_lines.rate"

export default districtSuite({
  testSuite: ({ api, district }) => {
    /** Forno San Nazaro, and a product of theirs at a price and a VAT rate made for the case. */
    async function fornoMaker() {
      const forno = await vendorLogin(api, "forno@sannazaro.demo")
      const { data: catalogue } = await api.get("/vendor/catalogue", forno)
      const rateClass = (rate: number) => catalogue.vat_classes.find((v: any) => v.rate === rate)
      const made = async (title: string, price: number, rate: number) => {
        const { data } = await api.post("/vendor/products", simpleProduct(title, price, 10), forno)
        await api.post(`/vendor/products/${data.product.id}`, { vat_class_id: rateClass(rate).id }, forno)
        return data.product.variants[0].id as string
      }
      return { forno, made }
    }

    describe("GET /admin/orders/:id/vat", () => {
      it("states the order's VAT per rate as the receipt does (each line rounded, half a cent down), where Medusa's own figure rounds the unrounded sum", async () => {
        const { forno, made } = await fornoMaker()
        // A book at 2,99 € (4%) carries exactly 11,5 cents of VAT; 0,35 € three times at 10%; a 22% board.
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: await made("Quaderno delle ricette del forno", 2.99, 4), quantity: 1 },
          { variant_id: await made("Biscotto di meliga", 0.35, 10), quantity: 3 },
          { variant_id: await made("Tagliere piccolo", 17.9, 22), quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const { data: read } = await api.get(`/admin/orders/${completed.order.id}?${ORDER_TAXES}`, district.admin)
        const order = read.order
        expect(lineVat(299, 4)).toBe(11)

        const { data } = await api.get(`/admin/orders/${order.id}/vat`, district.admin)
        expect(data.vat).toEqual({ ...expectedRates(order), medusa_total: Math.round(order.tax_total * 100), released_makers: [] })
        // The book's 11,5 cents, down as on its transparent price (Math.round on Medusa's 0.115 says 12).
        expect(data.vat.rates.find((r: any) => r.rate === 4)).toEqual({ rate: 4, cents: 11 })

        for (const caller of [{}, forno, district.store]) expect((await attempt(api.get(`/admin/orders/${order.id}/vat`, caller))).status).toBe(401)
        expect(await attempt(api.get("/admin/orders/order_01NOTHERE/vat", district.admin))).toMatchObject({ status: 404, data: { code: "order_not_found" } })
      })

      it("leaves out the lines of a maker's part taken out of the order, as the resident's receipt does, and names the maker", async () => {
        const { forno, made } = await fornoMaker()
        const book = await made("Quaderno delle ricette del forno", 2.99, 4)
        const board = await made("Tagliere piccolo", 17.9, 22)
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: book, quantity: 1 },
          { variant_id: board, quantity: 1 },
          { variant_id: honey.id, quantity: 2 },
        ])
        const { completed } = await checkout(api, district.store, cartId)
        const part = await waitFor("Forno San Nazaro's part", async () => (await api.get("/vendor/orders", forno)).data.orders.find((o: any) => o.order_number === completed.order.display_id))
        await api.post(`/vendor/orders/${part.id}/cancel`, { reason: "Forno guasto" }, forno)

        const { data: read } = await api.get(`/admin/orders/${completed.order.id}?${ORDER_TAXES}`, district.admin)
        const order = read.order
        const fornos = (item: any) => item.variant_id === book || item.variant_id === board
        // The part stays on the order as lines (Medusa's VAT still counts them); the receipt and the card do not.
        expect(order.items.filter(fornos)).toHaveLength(2)
        const { data } = await api.get(`/admin/orders/${order.id}/vat`, district.admin)
        expect(data.vat).toEqual({ ...expectedRates(order, (item) => !fornos(item)), medusa_total: Math.round(order.tax_total * 100), released_makers: ["Forno San Nazaro"] })
        expect(data.vat.total).toBeLessThan(expectedRates(order).total)
      })
    })
  },
})
