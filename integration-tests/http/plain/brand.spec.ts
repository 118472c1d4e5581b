// @rbv/brand installed alone in a plain Medusa app (no @rbv/vendors: a shop with no makers, so no
// certifications and no network contribution): it migrates on a database with Medusa's own tables
// only, and every route it serves without makers answers — its main success and a refusal with its
// code and field: the charter, the fund (a share of every captured payment, the residents'
// round-ups, disbursements, the ledger), the «spesa sospesa» vouchers and the transparent price.
// The maker's routes (/vendor/brand/*) and a certification to review need @rbv/vendors' shops.
// Then @rbv/mail alone in another plain app (a second boot in this file, not a file of its own).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { linksOf, plainApp, plainOrder, plainSelling, plainShopAccess, tablesOf } from "../../helpers/plain-app"
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
      const selling = await plainSelling(getContainer(), channelId)
      const refused = async (call: Promise<unknown>, status: number, code: string, field?: string) => {
        const res = await attempt(call as Promise<any>)
        expect({ status: res.status, code: res.data?.code, field: res.data?.field }).toEqual({ status, code, field })
      }

      // The charter: a draft, published as version 1, read by residents.
      const { data: draft } = await api.post("/admin/brand/charters", { criteria: [{ key: "fair_pay", title: "Paga giusta" }] }, admin)
      await refused(api.post("/admin/brand/charters", { criteria: [] }, admin), 400, "invalid_field", "criteria")
      await api.post(`/admin/brand/charters/${draft.charter.id}/publish`, {}, admin)
      await refused(api.post("/admin/brand/charters/chv_nessuna/publish", {}, admin), 404, "charter_not_found", "id")
      expect((await api.get("/admin/brand/charters", admin)).data.charters.map((c: any) => c.version)).toEqual([1])
      expect((await api.get("/store/brand/charter", store)).data.charter).toMatchObject({ version: 1, criteria: [{ key: "fair_pay", title: "Paga giusta" }] })
      await refused(api.get("/store/brand/charter"), 400, "not_allowed")
      // No makers, so nothing certified, nothing to review.
      expect((await api.get("/admin/brand/certifications", admin)).data.certifications).toEqual([])
      await refused(api.post("/admin/brand/certifications/cert_nessuna/approve", {}, admin), 404, "certification_not_found", "id")
      expect((await api.get("/store/brand/products", store)).data).toEqual({ product_ids: [] })
      await refused(api.get("/store/brand/products"), 400, "not_allowed")

      expect((await api.get("/store/brand/fund", store)).data.fund.balance).toBe(0)
      await refused(api.get("/store/brand/fund"), 400, "not_allowed")
      await refused(api.post("/admin/brand/fund/disbursements", { amount: 1, purpose: "Spesa sospesa", beneficiary_project: "Famiglie" }, admin), 400, "fund_insufficient", "amount")
      // Medusa's own not-found from inside the plugin's workflow (the cart read by a core step) names what and where.
      await refused(api.post("/store/brand/round-up", { cart_id: "cart_01NESSUNO", amount: 50 }, store), 404, "cart_not_found", "cart_id")

      // Bread, and a «spesa sospesa» basket (the voucher product's flag).
      const { result: [bread, basket] } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            { title: "Pane", status: "published", options: [{ title: "Taglio", values: ["Intero"] }], sales_channels: [{ id: channelId }], variants: [{ title: "Intero", manage_inventory: false, options: { Taglio: "Intero" }, prices: [{ currency_code: "eur", amount: 10 }] }] },
            { title: "Spesa sospesa", status: "published", metadata: { rbv_voucher: true }, options: [{ title: "Taglio", values: ["Cesta"] }], sales_channels: [{ id: channelId }], variants: [{ title: "Cesta", manage_inventory: false, options: { Taglio: "Cesta" }, prices: [{ currency_code: "eur", amount: 25 }] }] },
          ],
        },
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

      // The fund's share: 1 % by default, 2 % from now on.
      expect((await api.get("/admin/brand/fund/policy", admin)).data.fund_policy.share_bps).toBe(100)
      expect((await api.post("/admin/brand/fund/policy", { share_bps: 200 }, admin)).data.fund_policy.share_bps).toBe(200)
      await refused(api.post("/admin/brand/fund/policy", { share_bps: 9000 }, admin), 400, "invalid_field", "share_bps")

      // A resident rounds up a cart of bread and two baskets; the cart's split shows the donation apart.
      const { data: cart } = await api.post("/store/carts", { region_id: selling.regionId, items: [{ variant_id: bread.variants[0].id, quantity: 1 }, { variant_id: basket.variants[0].id, quantity: 2 }] }, store)
      const { data: rounded } = await api.post("/store/brand/round-up", { cart_id: cart.cart.id, amount: 40 }, store)
      expect(rounded.round_up).toBeTruthy()
      const { data: withRoundUp } = await api.get(`/store/carts/${cart.cart.id}?fields=*items`, store)
      expect(withRoundUp.cart.items.filter((i: any) => i.metadata?.rbv_roundup).map((i: any) => Math.round(i.unit_price * 100))).toEqual([40])
      await refused(api.post("/store/brand/round-up", { cart_id: cart.cart.id, amount: -1 }, store), 400, "invalid_field", "amount")
      const { data: split } = await api.get(`/store/brand/carts/${cart.cart.id}/breakdown`, store)
      expect(split.breakdown).toMatchObject({ roundup: 40 })
      await refused(api.get("/store/brand/carts/cart_nessuno/breakdown", store), 404, "cart_not_found", "id")
      const { order } = await plainOrder(api, store, selling, { cartId: cart.cart.id })

      // The payment captured (payment.captured): the fund takes its share and the round-up; two vouchers are made.
      const { data: paid } = await api.get(`/admin/orders/${order.id}?fields=total,payment_collections.payments.id`, admin)
      await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
      // Two entries (written one after the other): the share, of what the resident paid round-up aside
      // (goods and delivery), and the round-up.
      const share = Math.round(((Math.round(paid.order.total * 100) - 40) * 200) / 10_000)
      const entries = await waitFor("the order's share and round-up in the fund", async () => {
        const list = (await api.get("/admin/brand/fund", admin)).data.fund.entries.filter((e: any) => e.order_id === order.id)
        return list.length === 2 && list
      })
      expect(entries.map((e: any) => [e.kind, e.amount]).sort()).toEqual([["contribution", share], ["roundup", 40]])
      const balance = (await api.get("/store/brand/fund", store)).data.fund.balance
      expect(balance).toBe(share + 40)

      await api.post("/admin/brand/fund/disbursements", { amount: 100, purpose: "Merenda", beneficiary_project: "Doposcuola" }, admin)
      await refused(api.post("/admin/brand/fund/disbursements", { amount: balance, purpose: "Troppo", beneficiary_project: "Doposcuola" }, admin), 400, "fund_insufficient", "amount")
      expect((await api.get("/store/brand/fund", store)).data.fund.balance).toBe(balance - 100)
      const csv = await api.get("/admin/brand/fund/export", { ...admin, responseType: "text" })
      expect((parse(csv.data) as string[][]).slice(1).map((row) => row[2])).toEqual(expect.arrayContaining(["0.40", "-1.00"]))
      expect((await attempt(api.get("/admin/brand/fund/export"))).status).toBe(401)

      // «Spesa sospesa» (moved from http/brand/vouchers.cases.ts): two vouchers; coordinators assign one; it is redeemed once, even when tried five times at once.
      const vouchers = await waitFor("two vouchers", async () => {
        const list = (await api.get("/admin/brand/vouchers", admin)).data.vouchers.filter((v: any) => v.order_id === order.id)
        return list.length === 2 && list
      })
      for (const v of vouchers) expect(v).toMatchObject({ amount: 2500, status: "available", beneficiary: null })
      expect(new Set(vouchers.map((v: any) => v.code)).size).toBe(2)
      expect((await attempt(api.get("/admin/brand/vouchers"))).status).toBe(401)
      const [kept, other] = vouchers
      // redeeming before a coordinator assigned it, or with a wrong code: refused
      await refused(api.post("/store/brand/vouchers/redeem", { code: kept.code, pickup_point: "Casa Comune" }, store), 400, "voucher_invalid", "code")
      await refused(api.post("/store/brand/vouchers/redeem", { code: "NOPE2345", pickup_point: "Casa Comune" }, store), 400, "voucher_invalid", "code")
      await refused(api.post(`/admin/brand/vouchers/${kept.id}/assign`, { beneficiary: "" }, admin), 400, "invalid_field", "beneficiary")
      const { data: assigned } = await api.post(`/admin/brand/vouchers/${kept.id}/assign`, { beneficiary: "Famiglia segnalata dai servizi sociali, pratica 12" }, admin)
      expect(assigned.voucher.status).toBe("assigned")
      await refused(api.post(`/admin/brand/vouchers/${kept.id}/assign`, { beneficiary: "Altra famiglia" }, admin), 400, "voucher_not_available")
      const tries = await Promise.all([1, 2, 3, 4, 5].map(() => attempt(api.post("/store/brand/vouchers/redeem", { code: kept.code.toLowerCase(), pickup_point: "Casa Comune" }, store))))
      expect(tries.map((r: any) => r.status).sort()).toEqual([200, 400, 400, 400, 400])
      const ok = tries.find((r: any) => r.status === 200) as any
      expect(ok.data.voucher).toEqual({ id: kept.id, amount: 2500, status: "redeemed", redeemed_at: expect.any(String) })
      expect(JSON.stringify(ok.data)).not.toContain("pratica 12")
      const after = (await api.get("/admin/brand/vouchers", admin)).data.vouchers
      expect(after.find((v: any) => v.id === kept.id)).toMatchObject({ status: "redeemed", redeemed_at_point: "Casa Comune", beneficiary: "Famiglia segnalata dai servizi sociali, pratica 12" })
      expect(after.find((v: any) => v.id === other.id)).toMatchObject({ status: "available" })
      // at the hub the coordinators redeem from the admin, under the same once-only rule
      await api.post(`/admin/brand/vouchers/${other.id}/assign`, { beneficiary: "Famiglia B" }, admin)
      expect((await api.post("/admin/brand/vouchers/redeem", { code: other.code, pickup_point: "Casa Comune" }, admin)).data.voucher).toMatchObject({ id: other.id, status: "redeemed" })
      await refused(api.post("/admin/brand/vouchers/redeem", { code: other.code, pickup_point: "Casa Comune" }, admin), 400, "voucher_invalid", "code")
      // the store never lists who received a voucher
      expect((await attempt(api.get("/store/brand/vouchers", store))).status).toBe(404)
    })
  },
})

// @rbv/mail alone, set up as its README says: the plugin and its provider for Medusa's notification
// module, with the same options (no SMTP_URL: mails are kept in the outbox folder). A mail sent the
// way every sender sends one (Medusa's notification module, a template name and data, files) is built
// and kept, and the coordinators' three outbox routes show it, its files and refusals with their codes.
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
      expect((await attempt(api.get("/admin/mail-outbox"))).status).toBe(401)

      // A mail with a file (Medusa's notification attachments, base64): the message and the file are downloads.
      await getContainer()
        .resolve(Modules.NOTIFICATION)
        .createNotifications({
          to: "forno@plain.test",
          channel: "email",
          template: "brand-charter-renewal",
          data: { vendor_name: "Forno San Nazaro", version: 3, locale: "it" },
          attachments: [{ filename: "elenco.csv", content: Buffer.from("ordine;pezzi\n1001;2\n").toString("base64"), content_type: "text/csv" }],
        } as any)
      const withFile = await waitFor("the mail with its file", async () => (await api.get("/admin/mail-outbox", admin)).data.mails.find((m: any) => m.attachments?.length))
      expect(withFile.attachments).toEqual(["elenco.csv"])
      const file = await api.get(`/admin/mail-outbox/${withFile.id}/files/elenco.csv`, { ...admin, responseType: "text" })
      expect([file.headers["content-disposition"], file.data]).toEqual(['attachment; filename="elenco.csv"', "ordine;pezzi\n1001;2\n"])
      const eml = await api.get(`/admin/mail-outbox/${withFile.id}/files/message.eml`, { ...admin, responseType: "text" })
      expect(eml.headers["content-type"]).toMatch(/^message\/rfc822/)
      expect(eml.data).toContain("elenco.csv")
      const noFile = await attempt(api.get(`/admin/mail-outbox/${withFile.id}/files/altro.csv`, admin))
      expect([noFile.status, noFile.data.code, noFile.data.field]).toEqual([404, "mail_file_not_found", "name"])
    })
  },
})
