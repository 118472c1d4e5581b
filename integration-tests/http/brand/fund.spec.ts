import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { backendDir, seedDistrict } from "../../helpers/district"
import { cartWith, checkout } from "../../helpers/checkout"
import { attempt, inStockVariantOf } from "../../helpers/vendors"
import { recordPaymentContributionWorkflow } from "@rbv/brand/workflows"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    describe("neighbourhood solidarity fund", () => {
      it("takes a share of paid orders once, pays out never more than it holds, and exports the ledger", async () => {
        const district = await seedDistrict(getContainer(), api)
        const fund = async () => (await api.get("/store/brand/fund", district.store)).data.fund
        expect((await fund()).balance).toBe(0)

        const empty = await attempt(api.post("/admin/brand/fund/disbursements", { amount: 1, purpose: "Spesa sospesa", beneficiary_project: "Famiglie" }, district.admin))
        expect(empty.status).toBe(400)
        expect(empty.data.message).toContain("amount")

        const bread = await inStockVariantOf(api, district.store, "forno-san-nazaro")
        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: bread.id, quantity: 2 }])
        const { completed } = await checkout(api, district.store, cartId)
        const { data } = await api.get(`/admin/orders/${completed.order.id}?fields=total,payment_collections.payments.id`, district.admin)
        const paymentId = data.order.payment_collections[0].payments[0].id
        await api.post(`/admin/payments/${paymentId}/capture`, {}, district.admin)

        const expected = Math.round((Math.round(data.order.total * 100) * 100) / 10_000)
        let balance = 0
        for (let i = 0; i < 80 && balance === 0; i++) {
          balance = (await fund()).balance
          if (!balance) await new Promise((r) => setTimeout(r, 250))
        }
        expect(balance).toBe(expected)

        await recordPaymentContributionWorkflow(getContainer()).run({ input: { payment_id: paymentId } })
        expect((await fund()).balance).toBe(expected)

        const bad = [
          { amount: -5, purpose: "Spesa sospesa", beneficiary_project: "Famiglie" },
          { amount: 1, beneficiary_project: "Famiglie" },
          { amount: 1.5, purpose: "Spesa sospesa", beneficiary_project: "Famiglie" },
        ]
        for (const body of bad) expect((await attempt(api.post("/admin/brand/fund/disbursements", body, district.admin))).status).toBe(400)

        const share = Math.ceil(balance * 0.6)
        const results = await Promise.all(
          [1, 2, 3, 4].map((n) =>
            attempt(api.post("/admin/brand/fund/disbursements", { amount: share, purpose: `Merenda ${n}`, beneficiary_project: "Doposcuola Veronetta" }, district.admin))
          )
        )
        expect(results.map((r: any) => r.status).sort()).toEqual([201, 400, 400, 400])
        const after = await fund()
        expect(after.balance).toBe(balance - share)
        expect(after.disbursements).toHaveLength(1)
        expect(after.disbursements[0]).toMatchObject({ amount: share, beneficiary_project: "Doposcuola Veronetta" })
        expect(after.entries).toBeUndefined()

        const csv = await api.get("/admin/brand/fund/export", district.admin)
        const lines = csv.data.trim().split("\n")
        expect(lines[0]).toBe('"data","tipo","importo_eur","ordine","scopo","progetto"')
        expect(lines).toHaveLength(3)
        expect(lines[1]).toContain(`"${(expected / 100).toFixed(2)}"`)
      })
    })
  },
})
