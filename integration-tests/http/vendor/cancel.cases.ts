import { districtSuite } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { testMailbox } from "../../helpers/mailbox"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)

const mailbox = testMailbox()
const RESIDENT = "giulia.ferrari@example.org"

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("POST /vendor/orders/:id/cancel", () => {
      it("cancels one maker's part: the resident's order keeps the other part, its total drops by the part, and the resident is told why", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const miele = await vendorLogin(api, "miele@torricelle.demo")
        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const honey = await inStockVariantOf(api, district.store, "apicoltura-torricelle")
        const cartId = await cartWith(api, district.store, district.regionId, [
          { variant_id: bread.id, quantity: 2 },
          { variant_id: honey.id, quantity: 1 },
        ])
        const { completed } = await checkout(api, district.store, cartId)

        const childOf = async (headers: object) => {
          for (let i = 0; i < 80; i++) {
            const { data } = await api.get("/vendor/orders", headers)
            if (data.orders[0]) return data.orders[0]
            await new Promise((r) => setTimeout(r, 250))
          }
          throw new Error("no child order")
        }
        const fornoPart = await childOf(forno)
        const mielePart = await childOf(miele)
        expect(fornoPart.can_cancel).toBe(true)
        const { data: before } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        // The bread part, from the variant's own price (VAT included), not from the order's figures.
        const { data: priced } = await api.get(`/store/products/${bread.product_id}?region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
        const unit = priced.product.variants.find((v: any) => v.id === bread.id).calculated_price.calculated_amount
        const breadPart = 2 * Math.round(unit * 100)

        expect((await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, miele))).status).toBe(404)
        expect((await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, {}, forno))).status).toBe(400)

        const { data } = await api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno)
        expect(data.order).toMatchObject({ status: "canceled", stage: "cancelled" })
        const again = await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno))
        expect(again.status).toBe(400)

        const { data: honeyAfter } = await api.get(`/vendor/orders/${mielePart.id}`, miele)
        expect(honeyAfter.order.status).toBe("pending")
        const { data: parent } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        expect(parent.order.status).toBe("pending")
        // The part left the resident's order: the total (what the rider collects) drops by it, to the cent.
        expect(Math.round(parent.order.total * 100)).toBe(Math.round(before.order.total * 100) - breadPart)
        const { data: fornoAfter } = await api.get(`/vendor/orders/${fornoPart.id}`, forno)
        expect(fornoAfter.order.can_cancel).toBe(false)
        expect(honeyAfter.order.can_cancel).toBe(true)

        const [told] = await mailbox.waitFor(RESIDENT, "vendor-part-cancelled")
        expect(told.subject).toBe(`Ordine n. ${completed.order.display_id}: Forno San Nazaro non può preparare la sua parte`)
        expect(told.text).toContain("Forno guasto")
        const euro = (cents: number) => new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" }).format(cents / 100)
        expect(told.text).toContain(`Alla consegna paghi ${euro(Math.round(parent.order.total * 100))}.`)

        const { data: statement } = await api.get("/vendor/statement", forno)
        expect(statement.statement.lines.map((l: any) => l.kind)).toEqual(["sale", "reversal"])
        expect(statement.statement.totals).toEqual({ gross: 0, commission: 0, net: 0 })
        const { data: honeyStatement } = await api.get("/vendor/statement", miele)
        expect(honeyStatement.statement.lines.map((l: any) => l.kind)).toEqual(["sale"])
        expect(honeyStatement.statement.totals.gross).toBe(Math.round(honeyAfter.order.item_total * 100))

        const { data: stock } = await api.get(`/store/products/${bread.product_id}?fields=+variants.inventory_quantity`, district.store)
        expect(stock.product.variants.find((v: any) => v.id === bread.id).inventory_quantity).toBe(bread.inventory_quantity)

        // A coordinator cancels the last part: nothing is left to deliver, the whole order goes, and the resident is told.
        await api.post(`/admin/vendor-orders/${mielePart.id}/cancel`, { reason: "Api in letargo" }, district.admin)
        const mails = await mailbox.waitFor(RESIDENT, "vendor-part-cancelled", 2)
        expect(mails).toHaveLength(2)
        expect(mails[1].text).toContain("è annullato e non paghi nulla")
        const { data: gone } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        expect(gone.order.status).toBe("canceled")
      })
    })
  },
})
