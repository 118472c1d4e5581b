// @rbv/brand installed alone in a plain Medusa app (no @rbv/vendors: a shop with no makers, so no
// certifications and no network contribution): it migrates on a database with Medusa's own tables
// only, and the charter, the fund and the transparent price of a product answer.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { linksOf, plainApp, plainShopAccess, tablesOf } from "../../helpers/plain-app"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  ...plainApp("@rbv/brand"),
  testSuite: ({ api, getContainer }) => {
    it("migrates, and serves the charter, the fund and a product's price split without makers", async () => {
      const tables = await tablesOf(getContainer())
      for (const table of ["charter_version", "certification", "fund_entry", "voucher", "product_brand", "price_breakdown"]) expect(tables).toContain(table)
      expect([...tables].filter((t) => /^(vendor|payout|delivery|basket|pickup|volunteer)/.test(t))).toEqual([])
      // Its two links (product.brand, variant.price_breakdown) are read-only: no table to sync.
      expect(await linksOf(getContainer())).toEqual([])

      const { admin, store, channelId } = await plainShopAccess(getContainer(), api)
      const { data: draft } = await api.post("/admin/brand/charters", { criteria: [{ key: "fair_pay", title: "Paga giusta" }] }, admin)
      await api.post(`/admin/brand/charters/${draft.charter.id}/publish`, {}, admin)
      expect((await api.get("/store/brand/charter", store)).data.charter).toMatchObject({ version: 1, criteria: [{ key: "fair_pay", title: "Paga giusta" }] })
      expect((await api.get("/store/brand/fund", store)).data.fund.balance).toBe(0)
      const tooMuch = await attempt(api.post("/admin/brand/fund/disbursements", { amount: 1, purpose: "Spesa sospesa", beneficiary_project: "Famiglie" }, admin))
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.code).toBe("fund_insufficient")
      // Medusa's own not-found from inside the plugin's workflow (the cart read by a core step) names what and where.
      const noCart = await attempt(api.post("/store/brand/round-up", { cart_id: "cart_01NESSUNO", amount: 50 }, store))
      expect(noCart.status).toBe(404)
      expect(noCart.data).toMatchObject({ code: "cart_not_found", field: "cart_id" })

      await createRegionsWorkflow(getContainer()).run({ input: { regions: [{ name: "Italia", currency_code: "eur", countries: ["it"] }] } })
      const { result: [bread] } = await createProductsWorkflow(getContainer()).run({
        input: { products: [{ title: "Pane", status: "published", options: [{ title: "Taglio", values: ["Intero"] }], sales_channels: [{ id: channelId }], variants: [{ title: "Intero", options: { Taglio: "Intero" }, prices: [{ currency_code: "eur", amount: 10 }] }] }] },
      })
      // The read model follows the product's event; no maker, so no mark and no network contribution.
      const product = await waitFor("the product's price split", async () => {
        const { data } = await api.get(`/store/products/${bread.id}`, store)
        return data.product.variants[0].price_breakdown && data.product
      })
      expect(product.brand).toMatchObject({ certified: false, criteria: [] })
      expect(product.variants[0].price_breakdown.rates).toMatchObject({ commission_bps: 0 })
    })
  },
})
