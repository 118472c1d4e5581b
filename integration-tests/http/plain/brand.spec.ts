// @rbv/brand installed alone in a plain Medusa app (no @rbv/vendors: a shop with no makers, so no
// certifications and no network contribution): it migrates on a database with Medusa's own tables
// only, and the charter, the fund and the transparent price of a product answer.
// Then @rbv/mail alone in another plain app (a second boot in this file, not a file of its own).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
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
      // Query reads the mark and, one stage later, the variants' split: a read made while the refresh
      // commits can see the second without the first, so both are waited for.
      const product = await waitFor("the product's mark and price split", async () => {
        const { data } = await api.get(`/store/products/${bread.id}`, store)
        return data.product.brand && data.product.variants[0].price_breakdown && data.product
      })
      expect(product.brand).toMatchObject({ certified: false, criteria: [] })
      expect(product.variants[0].price_breakdown.rates).toMatchObject({ commission_bps: 0 })
    })
  },
})

// @rbv/mail alone, set up as its README says: the plugin and its provider for Medusa's notification
// module, with the same options (no SMTP_URL: mails are kept in the outbox folder). A mail sent the
// way every sender sends one (Medusa's notification module, a template name and data) is built and
// kept, and the coordinators' outbox routes show it; a refusal carries its code.
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "rbv-plain-mail-"))
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }))
const mail = { smtp_url: null, from: "Rete <posta@plain.test>", outbox_dir: outbox, storefront_url: "http://shop.plain.test", admin_url: "http://admin.plain.test/app" }
const notification = { resolve: "@medusajs/medusa/notification", options: { providers: [{ resolve: "@rbv/mail/providers/mail", id: "mail", options: { channels: ["email"], ...mail } }] } }

medusaIntegrationTestRunner({
  ...plainApp("@rbv/mail", [notification], mail),
  testSuite: ({ api, getContainer }) => {
    it("sends through Medusa's notification module into the outbox the admin reads", async () => {
      // No module, table or link of its own.
      expect([...(await tablesOf(getContainer()))].filter((t) => /^(vendor|payout|brand|charter|fund|delivery|basket|pickup|volunteer)/.test(t))).toEqual([])
      expect(await linksOf(getContainer())).toEqual([])

      const { admin } = await plainShopAccess(getContainer(), api)
      expect((await api.get("/admin/mail-outbox", admin)).data).toEqual({ mode: "outbox", from: mail.from, mails: [] })
      await getContainer()
        .resolve(Modules.NOTIFICATION)
        .createNotifications({ to: "forno@plain.test", channel: "email", template: "brand-charter-renewal", data: { vendor_name: "Forno San Nazaro", version: 2, locale: "en" } })
      const [kept] = await waitFor("the mail in the outbox", async () => (await api.get("/admin/mail-outbox", admin)).data.mails)
      expect(kept).toMatchObject({ to: "forno@plain.test", subject: expect.stringContaining("Forno San Nazaro") })
      const { data: html } = await api.get(`/admin/mail-outbox/${kept.id}`, admin)
      expect(html).toContain("http://shop.plain.test/bottega/carta")
      const missing = await attempt(api.get("/admin/mail-outbox/nessuna", admin))
      expect(missing.status).toBe(404)
      expect(missing.data).toMatchObject({ code: "mail_not_found", field: "id" })
    })
  },
})
