import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { attempt, inStockVariantOf, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)
    describe("POST /vendor/orders/:id/cancel", () => {
      it("cancels one maker's part and leaves the other maker's part and the resident's order intact", async () => {
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

        expect((await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, miele))).status).toBe(404)
        expect((await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, {}, forno))).status).toBe(400)

        const { data } = await api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno)
        expect(data.order.status).toBe("canceled")
        const again = await attempt(api.post(`/vendor/orders/${fornoPart.id}/cancel`, { reason: "Forno guasto" }, forno))
        expect(again.status).toBe(400)

        const { data: honeyAfter } = await api.get(`/vendor/orders/${mielePart.id}`, miele)
        expect(honeyAfter.order.status).toBe("pending")
        const { data: parent } = await api.get(`/admin/orders/${completed.order.id}`, district.admin)
        expect(parent.order.status).toBe("pending")

        const { data: statement } = await api.get("/vendor/statement", forno)
        expect(statement.statement.lines.map((l: any) => l.kind)).toEqual(["sale", "reversal"])
        expect(statement.statement.totals).toEqual({ gross: 0, commission: 0, net: 0 })
        const { data: honeyStatement } = await api.get("/vendor/statement", miele)
        expect(honeyStatement.statement.lines.map((l: any) => l.kind)).toEqual(["sale"])
        expect(honeyStatement.statement.totals.gross).toBe(Math.round(honeyAfter.order.item_total * 100))

        const { data: stock } = await api.get(`/store/products/${bread.product_id}?fields=+variants.inventory_quantity`, district.store)
        expect(stock.product.variants.find((v: any) => v.id === bread.id).inventory_quantity).toBe(bread.inventory_quantity)
      })
    })
  },
})
