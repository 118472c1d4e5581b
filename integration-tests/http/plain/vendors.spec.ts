// @rbv/vendors installed alone in a plain Medusa app (its README's set-up, nothing else of ours):
// it migrates and syncs its links on an empty database, and every route it serves answers — its
// main success and a refusal with its code and field — on a shop set up with Medusa's own
// workflows (a region, a warehouse, a flat-rate courier, pay on delivery) and orders placed through
// Medusa's own cart completion: the split (order.placed), the ledger, the payouts (delivery.created)
// and the mails (Medusa's notification module, its local provider) need no other plugin of ours.
import { parse } from "csv-parse/sync"
import sharp from "sharp"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainApp, plainOrder, plainSelling, plainShopAccess, tablesOf } from "../../helpers/plain-app"
import { applyAsArtisan, attempt, bearer, simpleProduct, vendorLogin } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"
import isolationCases from "./vendors-isolation.cases"
import { deliverChildOrder, onboardMaker, stripeTestEnvironment } from "../../helpers/stripe-payouts"

jest.setTimeout(240_000)

// Stripe's API is the local fake (Connect onboarding, its webhook); payouts are due at once.
const { fake, restore } = stripeTestEnvironment()
afterAll(restore)

const notification = { resolve: "@medusajs/medusa/notification", options: { providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }] } }

type Headers = { headers: Record<string, string> }
/** A refusal in the plugin's shape: status, code and (when the refusal is about one) the field. */
const refused = async (call: Promise<unknown>, status: number, code: string, field?: string) => {
  const res = await attempt(call as Promise<any>)
  expect({ status: res.status, code: res.data?.code, field: res.data?.field }).toEqual({ status, code, field })
}

medusaIntegrationTestRunner({
  ...plainApp("@rbv/vendors", [notification]),
  testSuite: ({ api, getContainer }) => {
    // Set up before the runner's snapshot: every test starts from this shop, one approved maker
    // (the bakery, two products) and one applicant.
    const shop = {} as Awaited<ReturnType<typeof plainShopAccess>> &
      Awaited<ReturnType<typeof plainSelling>> & { forno: Headers; fornoId: string; bread: any; honey: any; miele: Headers; applicant: any }
    beforeAll(async () => {
      const access = await plainShopAccess(getContainer(), api)
      Object.assign(shop, access, await plainSelling(getContainer(), access.channelId))
      for (const handle of ["forno-plain", "miele-plain"]) {
        const { vendor } = await applyAsArtisan(api, handle)
        await api.post(`/admin/vendors/${vendor.id}/approve`, {}, access.admin)
      }
      shop.forno = await vendorLogin(api, "forno-plain@bottega.demo")
      shop.miele = await vendorLogin(api, "miele-plain@bottega.demo")
      shop.fornoId = (await api.get("/vendor/me", shop.forno)).data.vendor.id
      shop.bread = (await api.post("/vendor/products", simpleProduct("Pagnotta", 4.5, 50), shop.forno)).data.product
      shop.honey = (await api.post("/vendor/products", simpleProduct("Miele di castagno", 9, 50), shop.miele)).data.product
      shop.applicant = (await applyAsArtisan(api, "ceramiche-plain")).vendor
    })
    const buy = (items: [any, number][], email?: string) =>
      plainOrder(api, shop.store, shop, items.map(([product, quantity]) => ({ variant_id: product.variants[0].id, quantity })), email)
    const mails = async (template: string) => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })) as any[]

    it("migrates, links, and takes a maker from application to shop window; the coordinators and the shop are written to", async () => {
      const tables = await tablesOf(getContainer())
      for (const table of ["vendor", "commission_line", "payout", "search_document"]) expect(tables).toContain(table)
      // The links vendor ↔ product and vendor ↔ order, synced by this app alone; nothing of the other plugins.
      expect([...tables].filter((t) => t.startsWith("vendor_vendor_")).sort()).toEqual(["vendor_vendor_order_order", "vendor_vendor_product_product"])
      expect([...tables].filter((t) => /^(brand|delivery|basket|charter|fund|voucher)/.test(t))).toEqual([])

      const { admin, store, applicant: vendor } = shop
      expect(await attempt(api.post("/vendor/applications", { name: "Doppione" }))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "doppione@bottega.demo", password: "buonvivere" })
      await refused(api.post("/vendor/applications", { name: "Doppione", handle: "ceramiche-plain", craft: "ceramica", address_1: "Via Roma 3", postal_code: "37129", first_name: "A", last_name: "B" }, bearer(reg.token)), 422, "handle_taken", "handle")
      // vendor.applied → a mail to the coordinators (Medusa's users).
      expect((await waitFor("the application's mail", () => mails("vendor-applied"))).map((m) => m.to)).toContain("admin@plain.test")

      expect((await api.get("/admin/vendors?status=pending", admin)).data.vendors.map((v: any) => v.id)).toEqual([vendor.id])
      await refused(api.get("/admin/vendors?status=chiuso", admin), 400, "invalid_field", "status")
      expect((await api.get(`/admin/vendors/${vendor.id}`, admin)).data.vendor).toMatchObject({ handle: "ceramiche-plain", status: "pending" })
      await refused(api.get("/admin/vendors/ven_nessuno", admin), 404, "vendor_not_found", "id")
      await refused(api.post(`/admin/vendors/${vendor.id}/chiudi`, {}, admin), 404, "action_not_found", "action")
      await refused(api.post(`/admin/vendors/${vendor.id}/suspend`, { reason: "Presto" }, admin), 400, "status_change_refused")
      expect((await api.post(`/admin/vendors/${vendor.id}/approve`, {}, admin)).data.vendor.status).toBe("approved")
      // vendor.status_changed → a mail to the shop.
      await waitFor("the approval's mail", async () => (await mails("vendor-status-changed")).find((m) => m.to === "ceramiche-plain@bottega.demo"))
      expect((await api.post(`/admin/vendors/${vendor.id}`, { commission_rate_bps: 750 }, admin)).data.vendor.commission_rate_bps).toBe(750)
      await refused(api.post(`/admin/vendors/${vendor.id}`, { commission_rate_bps: 9000 }, admin), 400, "invalid_field", "commission_rate_bps")

      expect((await api.get("/admin/commission-policy", admin)).data.commission_policy.default_rate_bps).toBe(1000)
      expect((await api.post("/admin/commission-policy", { default_rate_bps: 1200 }, admin)).data.commission_policy.default_rate_bps).toBe(1200)
      await refused(api.post("/admin/commission-policy", { default_rate_bps: -5 }, admin), 400, "invalid_field", "default_rate_bps")

      const owner = await vendorLogin(api, "ceramiche-plain@bottega.demo")
      expect((await api.get("/vendor/me", owner)).data.vendor.handle).toBe("ceramiche-plain")
      expect((await api.post("/vendor/me", { story: "Tazze e piatti del Garda." }, owner)).data.vendor.story).toBe("Tazze e piatti del Garda.")
      await refused(api.post("/vendor/me", { closure_from: "2026-12-24", closure_to: "2026-12-20" }, owner), 400, "closure_ends_before_start", "closure_to")
      expect(await attempt(api.get("/vendor/me"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })

      // A shop is listed once it has something on sale.
      expect((await api.get("/store/vendors", store)).data.vendors.map((v: any) => v.handle)).toEqual(["forno-plain", "miele-plain"])
      expect((await api.get("/store/vendors/ceramiche-plain", store)).data.vendor.name).toBe("Bottega ceramiche-plain")
      await refused(api.get("/store/vendors/nessuna", store), 404, "vendor_not_found", "handle")
      await refused(api.get("/store/vendors"), 400, "not_allowed")
    })

    it("makers list, photograph, price and archive their products; the store and its search show them", async () => {
      const { forno, miele, bread, store } = shop
      const { data: catalogue } = await api.get("/vendor/catalogue", forno)
      expect(catalogue).toEqual({ categories: [], vat_classes: [] })
      expect(await attempt(api.get("/vendor/catalogue"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })

      const { data: created } = await api.post("/vendor/products", { ...simpleProduct("Grissini", 3), options: [{ title: "Formato", values: ["Piccolo", "Grande"] }], variants: [{ title: "Piccolo", options: { Formato: "Piccolo" }, prices: [{ amount: 3, currency_code: "eur" }], stock: 5 }] }, forno)
      const grissini = created.product
      await refused(api.post("/vendor/products", simpleProduct("Prezzo negativo", -1), forno), 400, "invalid_field", "variants.0.prices.0.amount")
      expect((await api.get("/vendor/products", forno)).data.products.map((p: any) => p.title).sort()).toEqual(["Grissini", "Pagnotta"])
      await refused(api.get("/vendor/products?archived=forse", forno), 400, "invalid_field", "archived")
      expect((await api.get(`/vendor/products/${bread.id}`, forno)).data.product.title).toBe("Pagnotta")
      await refused(api.get(`/vendor/products/${bread.id}`, miele), 404, "product_not_found", "id")
      expect((await api.post(`/vendor/products/${bread.id}`, { subtitle: "Lievito madre" }, forno)).data.product.subtitle).toBe("Lievito madre")
      await refused(api.post(`/vendor/products/${bread.id}`, { vat_class_id: "ptyp_nessuna" }, forno), 400, "unknown_vat_class", "vat_class_id")

      const variant = grissini.variants[0]
      const stocked = (await api.post(`/vendor/products/${grissini.id}/stock`, { variant_id: variant.id, quantity: 12 }, forno)).data.product
      expect(stocked.variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(12)
      await refused(api.post(`/vendor/products/${grissini.id}/stock`, { variant_id: shop.honey.variants[0].id, quantity: 1 }, forno), 404, "variant_not_found", "variant_id")
      const { data: sized } = await api.post(`/vendor/products/${grissini.id}/variants`, { title: "Grande", options: { Formato: "Grande" }, prices: [{ amount: 5, currency_code: "eur" }], stock: 3 }, forno)
      const big = sized.product.variants.find((v: any) => v.title === "Grande")
      await refused(api.post(`/vendor/products/${grissini.id}/variants`, { title: "Grande", options: { Formato: "Grande" }, prices: [{ amount: 5, currency_code: "eur" }] }, forno), 400, "variant_title_taken", "title")
      const { data: repriced } = await api.post(`/vendor/products/${grissini.id}/variants/${big.id}`, { prices: [{ amount: 5.5, currency_code: "eur" }] }, forno)
      expect(repriced.product.variants.find((v: any) => v.id === big.id).prices[0].amount).toBe(5.5)
      await refused(api.post(`/vendor/products/${grissini.id}/variants/${big.id}`, { prices: [{ amount: 5, currency_code: "usd" }] }, forno), 400, "invalid_field", "prices.0.currency_code")
      await api.delete(`/vendor/products/${grissini.id}/variants/${big.id}`, forno)
      await refused(api.delete(`/vendor/products/${grissini.id}/variants/${variant.id}`, forno), 400, "only_variant", "variant_id")

      // Hide, publish, archive, restore, delete (moved from http/vendor/products.cases.ts): a product in orders is never deleted.
      await buy([[bread, 1]])
      const storeStatus = async (id: string) => (await attempt(api.get(`/store/products/${id}`, store))).status
      await api.post(`/vendor/products/${bread.id}`, { status: "draft" }, forno)
      expect(await storeStatus(bread.id)).toBe(404)
      await api.post(`/vendor/products/${bread.id}`, { status: "published" }, forno)
      expect(await storeStatus(bread.id)).toBe(200)
      const { data: archived } = await api.post(`/vendor/products/${bread.id}/archive`, {}, forno)
      expect(archived.product).toMatchObject({ status: "draft", can_delete: false })
      expect(await storeStatus(bread.id)).toBe(404)
      expect((await api.get("/vendor/products?archived=true", forno)).data.products.map((p: any) => p.id)).toEqual([bread.id])
      await refused(api.post(`/vendor/products/${bread.id}`, { status: "published" }, forno), 400, "product_archived", "status")
      await refused(api.delete(`/vendor/products/${bread.id}`, forno), 400, "product_ordered", "product")
      await refused(api.post(`/vendor/products/${bread.id}/archive`, { motivo: "x" }, forno), 400, "invalid_field", "motivo")
      expect((await api.post(`/vendor/products/${bread.id}/restore`, {}, forno)).data.product).toMatchObject({ status: "draft", archived_at: null })
      expect((await api.get("/vendor/products", forno)).data.products.map((p: any) => p.id)).toContain(bread.id)
      await api.post(`/vendor/products/${bread.id}`, { status: "published" }, forno)
      expect(await storeStatus(bread.id)).toBe(200)
      await refused(api.post(`/vendor/products/${shop.honey.id}/restore`, {}, forno), 404, "product_not_found", "product_id")
      expect((await api.delete(`/vendor/products/${grissini.id}`, forno)).data).toMatchObject({ id: grissini.id, deleted: true })
      await refused(api.get(`/vendor/products/${grissini.id}`, forno), 404, "product_not_found", "id")

      // Photos: sniffed, re-encoded, served by the plugin's /static.
      const upload = (name: string, type: string, bytes: Buffer) => {
        const form = new FormData()
        form.append("files", new Blob([bytes], { type }), name)
        return api.post("/vendor/uploads", form, forno)
      }
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#e0a040" } }).png().toBuffer()
      const photo = await upload("pane.png", "image/png", png)
      expect(photo.status).toBe(201)
      await refused(upload("listino.txt", "text/plain", Buffer.alloc(100, 1)), 400, "image_type", "files")
      const key = photo.data.files[0].url.split("/static/")[1]
      const served = await api.get(`/static/${key}`, { responseType: "arraybuffer" })
      expect([served.headers["content-type"], served.headers["x-content-type-options"]]).toEqual(["image/png", "nosniff"])
      await refused(api.get("/static/private-nessuno.png"), 404, "file_not_found", "key")

      // The search documents follow the product events.
      const found = await waitFor("the honey in the search", async () => (await api.get("/store/search?q=castagno", store)).data.products.find((p: any) => p.id === shop.honey.id))
      expect(found.vendor).toMatchObject({ handle: "miele-plain" })
      await refused(api.get("/store/search?vendor=Non%20Valido", store), 400, "invalid_field", "vendor")
    })

    it("brings in a member by invitation, once, and keeps members from inviting or removing (moved from http/vendor/members-and-rates.cases.ts)", async () => {
      const owner = shop.forno
      const { data } = await api.post("/vendor/invites", { email: "aiuto@plain.test", role: "member" }, owner)
      expect(data.invite.token.length).toBeGreaterThan(20)
      await waitFor("the invitation's mail", async () => (await mails("vendor-member-invited")).find((m) => m.to === "aiuto@plain.test"))

      const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email: "aiuto@plain.test", password: "buonvivere" })
      await refused(api.post("/vendor/invites/accept", { token: "x".repeat(32) }, bearer(reg.token)), 400, "invite_invalid", "token")
      const { data: joined } = await api.post("/vendor/invites/accept", { token: data.invite.token, first_name: "Marco" }, bearer(reg.token))
      expect(joined.member.role).toBe("member")
      const { data: reg2 } = await api.post("/auth/vendor/emailpass/register", { email: "altro@plain.test", password: "buonvivere" })
      await refused(api.post("/vendor/invites/accept", { token: data.invite.token }, bearer(reg2.token)), 400, "invite_invalid", "token")

      const member = await vendorLogin(api, "aiuto@plain.test")
      expect((await api.get("/vendor/me", member)).data.vendor.handle).toBe("forno-plain")
      const { data: members } = await api.get("/vendor/members", owner)
      expect(members.members.map((m: any) => m.email).sort()).toEqual(["aiuto@plain.test", "forno-plain@bottega.demo"])
      expect(await attempt(api.get("/vendor/members"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      await refused(api.post("/vendor/invites", { email: "x@y.demo" }, member), 400, "owner_only")
      const ownerId = members.members.find((m: any) => m.role === "owner").id
      await refused(api.delete(`/vendor/members/${ownerId}`, owner), 400, "cannot_remove_self", "id")
      const memberId = members.members.find((m: any) => m.role === "member").id
      expect((await api.delete(`/vendor/members/${memberId}`, owner)).data).toMatchObject({ id: memberId, deleted: true })
      expect((await api.get("/vendor/members", owner)).data.members).toHaveLength(1)
    })

    it("applies a new rate to orders placed afterwards, never to earlier ones (moved from http/vendor/members-and-rates.cases.ts)", async () => {
      const { forno, admin, bread } = shop
      const linesAfter = (n: number) =>
        waitFor(`${n} statement lines`, async () => {
          const { data } = await api.get("/vendor/statement", forno)
          return data.statement.lines.length >= n ? data.statement.lines : undefined
        })
      await buy([[bread, 1]])
      await linesAfter(1)
      await api.post("/admin/commission-policy", { default_rate_bps: 1500 }, admin)
      await buy([[bread, 1]])
      const lines = await linesAfter(2)
      expect(lines.map((l: any) => l.rate_bps)).toEqual([1000, 1500])
      for (const l of lines) expect(l.commission).toBe(Math.round((l.gross * l.rate_bps) / 10000))
      await api.post(`/admin/vendors/${shop.fornoId}`, { commission_rate_bps: 500 }, admin)
      await buy([[bread, 1]])
      expect((await linesAfter(3)).map((l: any) => l.rate_bps)).toEqual([1000, 1500, 500])
    })

    it("lists each sale and reversal by the resident's order number, and the CSV says the same, numbers kept as numbers (moved from http/vendor/statement.cases.ts)", async () => {
      const { forno, bread, honey } = shop
      const orders = [(await buy([[bread, 2], [honey, 1]])).order, (await buy([[bread, 1]])).order]
      const parts = await waitFor("the bakery's two parts", async () => {
        const { data } = await api.get("/vendor/orders", forno)
        return data.orders.length === 2 ? data.orders : undefined
      })
      const first = parts.find((p: any) => p.order_number === orders[0].display_id)
      await api.post(`/vendor/orders/${first.id}/cancel`, { reason: "Forno guasto" }, forno)

      const { data } = await api.get("/vendor/statement", forno)
      const lines = data.statement.lines
      expect(lines.map((l: any) => [l.order_number, l.kind])).toEqual([
        [orders[0].display_id, "sale"],
        [orders[1].display_id, "sale"],
        [orders[0].display_id, "reversal"],
      ])
      // The resident's order is known by its number only.
      const text = JSON.stringify(data)
      for (const order of orders) expect(text).not.toContain(order.id)
      for (const line of lines) expect(line).not.toHaveProperty("parent_order_id")
      // Two loaves then one: the first sale is twice the second, and its reversal takes it all back.
      const price = lines[1].gross
      expect(price).toBeGreaterThan(0)
      expect(lines[0].gross).toBe(2 * price)
      expect(lines[2].gross).toBe(-2 * price)

      const res = await api.get("/vendor/statement/csv", { ...forno, responseType: "text" })
      expect(res.headers["content-type"]).toMatch(/^text\/csv/)
      expect(res.headers["content-disposition"]).toMatch(/attachment; filename="estratto-conto-forno-plain\.csv"/)
      const [header, ...rows] = parse(res.data) as string[][]
      expect(header).toEqual(["date", "order_number", "kind", "gross_eur", "rate_percent", "commission_eur", "net_eur"])
      const euro = (c: number) => (c / 100).toFixed(2)
      // Dated by Verona's calendar (a sale at 00:30 on the 1st belongs to the new month), not UTC's.
      const veronaDay = (at: string) => new Date(at).toLocaleDateString("sv-SE", { timeZone: "Europe/Rome" })
      expect(rows).toEqual(
        lines.map((l: any) => [veronaDay(l.created_at), String(l.order_number), l.kind, euro(l.gross), (l.rate_bps / 100).toFixed(2), euro(l.commission), euro(l.net)])
      )
      // A reversal is a negative number, not a neutralised formula.
      expect(rows[2][3]).toBe(`-${euro(2 * price)}`)

      expect(await attempt(api.get("/vendor/statement/csv"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      await refused(api.get("/vendor/statement?from=ieri", forno), 400, "invalid_field", "from")
      await refused(api.get("/vendor/statement/csv?to=domani", forno), 400, "invalid_field", "to")
    })

    isolationCases({ api, shop, buy })

    it("splits an order per maker; parts are readied, weighed, cancelled, delivered, collected and paid out", async () => {
      const { forno, miele, admin, store, bread, honey } = shop
      // A loaf sold by weight (0,50 kg at 7,90 €/kg), and an order from both makers.
      const { data: weighed } = await api.post(`/vendor/products/${bread.id}`, { weight_pricing: { price_per_kg: 7.9, unit_grams: 500, tolerance_percent: 10 } }, forno)
      expect(weighed.product.weight_pricing).toEqual({ price_per_kg: 7.9, unit_grams: 500, tolerance_percent: 10 })
      await refused(api.post(`/vendor/products/${bread.id}`, { weight_pricing: { price_per_kg: 8, unit_grams: 0, tolerance_percent: 10 } }, forno), 400, "invalid_field", "weight_pricing.unit_grams")
      const first = await buy([[bread, 2], [honey, 1]])
      const second = await buy([[bread, 1]])

      // order.placed → one child order per maker (vendor.order_split), each maker sees its own only.
      const parts = await waitFor("the bakery's two parts", async () => {
        const { data } = await api.get("/vendor/orders", forno)
        return data.orders.length === 2 ? data.orders : undefined
      })
      await refused(api.get("/vendor/orders?limit=0", forno), 400, "invalid_field", "limit")
      const firstPart = parts.find((p: any) => p.order_number === first.order.display_id)
      const secondPart = parts.find((p: any) => p.order_number === second.order.display_id)
      const honeyPart = await waitFor("the honey's part", async () => (await api.get("/vendor/orders", miele)).data.orders[0])
      expect((await api.get(`/vendor/orders/${firstPart.id}`, forno)).data.order.items.map((i: any) => i.quantity)).toEqual([2])
      await refused(api.get(`/vendor/orders/${honeyPart.id}`, forno), 404, "order_not_found", "id")

      // "Pronto", and taken back.
      expect((await api.post(`/vendor/orders/${firstPart.id}/ready`, {}, forno)).data.order.ready_at).toEqual(expect.any(String))
      await refused(api.post(`/vendor/orders/${firstPart.id}/ready`, {}, forno), 400, "ready_change_refused")
      expect((await api.delete(`/vendor/orders/${firstPart.id}/ready`, forno)).data.order.ready_at ?? null).toBeNull()

      // The loaves weighed: the part and the resident's order follow the real grams (vendor.order_part_weighed).
      const loaf = (await api.get(`/vendor/orders/${firstPart.id}`, forno)).data.order.items[0]
      const { data: weighing } = await api.post(`/vendor/orders/${firstPart.id}/weights`, { lines: [{ item_id: loaf.id, grams: 1040 }] }, forno)
      expect(weighing.weighing.total_after).toBeGreaterThan(weighing.weighing.total_before)
      await refused(api.post(`/vendor/orders/${firstPart.id}/weights`, { lines: [{ item_id: loaf.id, grams: 0 }] }, forno), 400, "invalid_field", "lines.0.grams")
      const resident = { headers: { ...store.headers, "x-rbv-order-secret": first.cartId } }
      const { data: residentWeighing } = await api.get(`/store/orders/${first.order.id}/weighing`, resident)
      expect(residentWeighing.weighing.lines[0]).toMatchObject({ grams: 1040, amount: Math.round(7.9 * 104) })
      await refused(api.get(`/store/orders/${first.order.id}/weighing`, store), 404, "order_not_found", "id")
      await waitFor("the resident's mail of the weighing", async () => (await mails("vendor-part-weighed")).find((m) => m.to === "giulia.ferrari@example.org"))

      // The second order's part: cancelled by the maker; a coordinator cancels the honey's.
      expect((await api.post(`/vendor/orders/${secondPart.id}/cancel`, { reason: "Forno guasto" }, forno)).data.order.status).toBe("canceled")
      await refused(api.post(`/vendor/orders/${secondPart.id}/cancel`, { reason: "Di nuovo" }, forno), 400, "order_cancelled")
      expect((await api.post(`/admin/vendor-orders/${honeyPart.id}/cancel`, { reason: "Vasetti rotti" }, admin)).data).toEqual({ id: honeyPart.id })
      expect((await api.get(`/vendor/orders/${honeyPart.id}`, miele)).data.order.status).toBe("canceled")
      // vendor.order_part_released → the resident is told, once per cancelled part.
      expect(await waitFor("the resident's two mails of the cancelled parts", async () => ((await mails("vendor-part-cancelled")).length === 2 ? true : undefined))).toBe(true)
      await refused(api.post(`/admin/vendor-orders/${honeyPart.id}/cancel`, { reason: "x" }, admin), 400, "invalid_field", "reason")


      // Cash at the door, the part delivered (delivery.created): the bakery's sale is due at once here.
      const { data: parent } = await api.get(`/admin/orders/${first.order.id}?fields=total`, admin)
      const due = Math.round(Number(parent.order.total) * 100)
      await refused(api.post(`/admin/orders/${first.order.id}/cash-collection`, { amount: 0 }, admin), 400, "invalid_field", "amount")
      expect((await api.post(`/admin/orders/${first.order.id}/cash-collection`, { amount: due }, admin)).data.cash_collection).toBeTruthy()
      await deliverChildOrder(api, admin, firstPart.id, getContainer())
      const { data: balance } = await waitFor("the delivered sale", async () => {
        const res = await api.get("/vendor/payouts", forno)
        return res.data.balance.upcoming.length ? res : undefined
      })
      expect(balance.balance.pending).toBeGreaterThan(0)
      expect(await attempt(api.get("/vendor/payouts"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })

      // The bakery's IBAN, then a run pays it by bank transfer; a batch exports it.
      await refused(api.post("/vendor/payouts/bank-details", { iban: "IT00X0000000000000000000000", account_holder: "Forno" }, forno), 400, "invalid_field", "iban")
      await api.post("/vendor/payouts/bank-details", { iban: "IT60X0542811101000000123456", account_holder: "Forno Plain" }, forno)
      await refused(api.post("/admin/payouts/bank-batches", {}, admin), 400, "no_bank_payouts")
      const { data: run } = await api.post("/admin/payouts/run", {}, admin)
      expect(run.payouts).toEqual([expect.objectContaining({ vendor_id: shop.fornoId, status: "awaiting_bank_transfer", amount: balance.balance.pending })])
      await refused(api.post("/admin/payouts/run", { subito: true }, admin), 400, "invalid_field", "subito")
      expect((await api.get("/admin/payouts/runs", admin)).data.runs[0]).toMatchObject({ trigger: "admin" })
      expect((await attempt(api.get("/admin/payouts/runs"))).status).toBe(401)
      expect((await api.get("/admin/payouts?status=awaiting_bank_transfer", admin)).data.payouts.map((p: any) => p.vendor_id)).toEqual([shop.fornoId])
      await refused(api.get("/admin/payouts?status=pagato", admin), 400, "invalid_field", "status")
      const { data: exported } = await api.post("/admin/payouts/bank-batches", {}, admin)
      expect((await api.get("/admin/payouts/bank-batches", admin)).data.batches.map((b: any) => b.id)).toEqual([exported.batch.id])
      const file = await api.get(`/admin/payouts/bank-batches/${exported.batch.id}/csv`, { ...admin, responseType: "text" })
      expect(file.data).toContain("IT60X0542811101000000123456")
      await refused(api.get("/admin/payouts/bank-batches/bb_nessuno/csv", admin), 404, "bank_batch_not_found", "id")

      // Stripe Connect: the owner's onboarding, then Stripe's signed account.updated.
      fake.reset()
      await refused(api.post("/vendor/stripe/onboarding", { subito: true }, forno), 400, "invalid_field", "subito")
      const { url } = await onboardMaker(api, fake, forno, shop.fornoId)
      expect(url).toMatch(/^https?:\/\//)
      expect((await api.get("/vendor/payouts", forno)).data.account).toMatchObject({ stripe_status: "enabled" })
      await refused(api.post("/hooks/stripe/connect", { type: "account.updated" }, { headers: { "stripe-signature": "t=1,v1=falso" } }), 400, "signature_invalid")
    })
  },
})
