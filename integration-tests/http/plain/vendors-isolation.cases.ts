// Makers kept inside their own shops (moved from the district's http/vendor/isolation.cases.ts: it
// needs nothing of the other plugins), run by plain/vendors.spec.ts on its plain shop: the bakery
// (forno) and the beekeeper (miele), one product each, orders placed through Medusa's own checkout.
import sharp from "sharp"
import { waitFor } from "../../helpers/wait-for"
import { attempt, simpleProduct } from "../../helpers/vendors"

type Headers = { headers: Record<string, string> }
export type PlainVendorsShop = { admin: Headers; store: Headers; forno: Headers; miele: Headers; bread: any; honey: any }
type Context = { api: any; shop: PlainVendorsShop; buy: (items: [any, number][]) => Promise<unknown> }

export default function isolationCases({ api, shop, buy }: Context) {
  describe("/vendor/* isolation, mass assignment, bad input, suspension", () => {
    it("keeps every maker inside its own shop", async () => {
      const { forno, miele } = shop
      const { data: fornoProducts } = await api.get("/vendor/products", forno)
      const theirs = fornoProducts.products[0]
      const variant = theirs.variants[0]
      const { data: mieleMe } = await api.get("/vendor/me", miele)
      // A real order of the bakery's, so the probes below use an id that exists and is not Miele's.
      await buy([[shop.bread, 1]])
      const fornoOrder = await waitFor("the bakery's child order", async () => (await api.get("/vendor/orders", forno)).data.orders[0])

      // Vendor B's product, as vendor A: every route and method answers 404 and nothing changes.
      const sweep = [
        () => api.get(`/vendor/products/${theirs.id}`, miele),
        () => api.post(`/vendor/products/${theirs.id}`, { title: "Preso!" }, miele),
        () => api.post(`/vendor/products/${theirs.id}/stock`, { variant_id: variant.id, quantity: 0 }, miele),
        () => api.delete(`/vendor/products/${theirs.id}`, miele),
        () => api.get(`/vendor/orders/${fornoOrder.id}`, miele),
        () => api.post(`/vendor/orders/${fornoOrder.id}/ready`, {}, miele),
        () => api.post(`/vendor/orders/${fornoOrder.id}/cancel`, { reason: "non mio" }, miele),
      ]
      for (const call of sweep) expect((await attempt(call())).status).toBe(404)
      const { data: stillOpen } = await api.get(`/vendor/orders/${fornoOrder.id}`, forno)
      expect(stillOpen.order.ready_at ?? null).toBeNull()
      expect(stillOpen.order.status).not.toBe("canceled")
      const { data: after } = await api.get(`/vendor/products/${theirs.id}`, forno)
      expect(after.product.title).toBe(theirs.title)
      expect(after.product.variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(
        variant.inventory_items[0].inventory.location_levels[0].stocked_quantity
      )

      // A variant of another product, through one's own product: also not found.
      const { data: mine } = await api.get("/vendor/products", miele)
      const crossed = await attempt(api.post(`/vendor/products/${mine.products[0].id}/stock`, { variant_id: variant.id, quantity: 1 }, miele))
      expect(crossed.status).toBe(404)

      // Nobody without a token.
      expect(await attempt(api.get("/vendor/products"))).toMatchObject({ status: 401, data: { code: "not_signed_in" } })
      expect(mieleMe.vendor.handle).toBe("miele-plain")
    })

    it("refuses fields a maker must not set, and bad input, writing nothing", async () => {
      const { miele } = shop
      const { data: before } = await api.get("/vendor/products", miele)

      const forbidden = [
        () => api.post("/vendor/me", { status: "approved" }, miele),
        () => api.post("/vendor/me", { commission_rate_bps: 0 }, miele),
        () => api.post("/vendor/me", { handle: "altro" }, miele),
        () => api.post("/vendor/products", { ...simpleProduct("Miele rubato"), vendor_id: "ven_other" }, miele),
      ]
      for (const call of forbidden) {
        const res = await attempt(call())
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Unrecognized key|unrecognized/i)
      }

      const bad = [
        { body: { ...simpleProduct("Prezzo negativo", -1) }, field: "amount" },
        { body: { ...simpleProduct("Scorta negativa", 5, -3) }, field: "stock" },
        { body: { title: "Valuta strana", variants: [{ title: "Unico", prices: [{ amount: 5, currency_code: "usd" }] }] }, field: "currency_code" },
        { body: { title: "Senza varianti", variants: [] }, field: "variants" },
        { body: { variants: [{ title: "Unico", prices: [{ amount: 5, currency_code: "eur" }] }] }, field: "title" },
        { body: { title: 42, variants: "tante" }, field: "title" },
      ]
      for (const { body, field } of bad) {
        const res = await attempt(api.post("/vendor/products", body, miele))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      }
      const holiday = await attempt(api.post("/vendor/me", { closure_from: "2026-12-24", closure_to: "2026-12-20" }, miele))
      expect(holiday.status).toBe(400)
      expect(holiday.data.message).toContain("closure_to")

      const upload = (name: string, type: string, bytes: Buffer) => {
        const form = new FormData()
        form.append("files", new Blob([bytes], { type }), name)
        return attempt(api.post("/vendor/uploads", form, miele))
      }
      const huge = await upload("favo.png", "image/png", Buffer.alloc(6 * 1024 * 1024, 1))
      expect(huge.status).toBe(400)
      expect(huge.data.message).toContain("5 MB")
      const notAnImage = await upload("listino.txt", "text/plain", Buffer.alloc(100, 1))
      expect(notAnImage.status).toBe(400)
      expect(notAnImage.data.message).toContain("files")
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#e0a040" } }).png().toBuffer()
      const photo = await upload("favo.png", "image/png", png)
      expect(photo.status).toBe(201)
      expect(photo.data.files[0].url).toMatch(/\/static\/\d+-miele-plain-[0-9a-f-]{36}\.png$/)

      const { data: afterList } = await api.get("/vendor/products", miele)
      expect(afterList.count).toBe(before.count)
      const { data: me } = await api.get("/vendor/me", miele)
      expect(me.vendor.status).toBe("approved")
      expect(me.vendor.commission_rate_bps).toBeNull()
    })

    it("suspension hides the shop's products and stops its logins; reactivation brings back exactly those", async () => {
      const { miele } = shop
      const { data: me } = await api.get("/vendor/me", miele)
      const { data: draft } = await api.post("/vendor/products", { ...simpleProduct("Idromele (in prova)"), status: "draft" }, miele)
      const { data: listed } = await api.get("/store/vendors/miele-plain", shop.store)
      expect(listed.vendor.product_ids.length).toBeGreaterThan(0)

      const noReason = await attempt(api.post(`/admin/vendors/${me.vendor.id}/suspend`, {}, shop.admin))
      expect(noReason.status).toBe(400)
      await api.post(`/admin/vendors/${me.vendor.id}/suspend`, { reason: "Etichette senza allergeni" }, shop.admin)

      const { data: store } = await api.get(`/store/products?id[]=${listed.vendor.product_ids.join("&id[]=")}`, shop.store)
      expect(store.products).toHaveLength(0)
      expect((await attempt(api.get("/store/vendors/miele-plain", shop.store))).status).toBe(404)
      const blocked = await attempt(api.get("/vendor/products", miele))
      expect(blocked.status).toBe(403)
      expect(blocked.data.code).toBe("shop_blocked")
      const { data: status } = await api.get("/vendor/me", miele)
      expect(status.vendor).toMatchObject({ status: "suspended", status_reason: "Etichette senza allergeni" })

      await api.post(`/admin/vendors/${me.vendor.id}/reactivate`, {}, shop.admin)
      const { data: back } = await api.get(`/store/products?id[]=${listed.vendor.product_ids.join("&id[]=")}`, shop.store)
      expect(back.products).toHaveLength(listed.vendor.product_ids.length)
      const { data: stillDraft } = await api.get(`/vendor/products/${draft.product.id}`, miele)
      expect(stillDraft.product.status).toBe("draft")
    })
  })
}
