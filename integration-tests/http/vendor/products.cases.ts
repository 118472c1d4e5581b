import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { addressCart, cartWith, checkout } from "../../helpers/checkout"
import { districtSuite } from "../../helpers/district"
import { attempt, simpleProduct, vendorLogin } from "../../helpers/vendors"
import { cardCopiesSettled } from "../brand/brand-helpers"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }
const cents = (amount: number) => Math.round(amount * 100)
const eur = (variant: any) => variant.prices.find((p: any) => p.currency_code === "eur").amount

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    const storeProduct = async (id: string) => {
      const fields = "*variants.calculated_price,+variants.inventory_quantity,*variants.options,*options,*options.values,*categories"
      const { data } = await api.get(`/store/products/${id}?region_id=${district.regionId}&fields=${fields}`, district.store)
      return data.product
    }
    const storeStatus = async (id: string) => (await attempt(api.get(`/store/products/${id}`, district.store))).status
    const mine = async (headers: Headers, handle: string) => {
      const { data } = await api.get("/vendor/products", headers)
      return data.products.find((p: any) => p.handle === handle)
    }
    const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}?fields=*items,total,item_total,tax_total`, district.admin)).data.order
    const byTitle = (product: any, title: string) => product.variants.find((v: any) => v.title === title)

    describe("POST /vendor/products/:id/variants/:variant_id", () => {
      it("changes a price: the store shows it, the history says who and old → new, and an order placed before keeps its amounts", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: me } = await api.get("/vendor/me", forno)
        const bread = await mine(forno, "pagnotta-lievito-madre")
        const small = byTitle(bread, "500 g")
        const oldPrice = eur(small)

        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: small.id, quantity: 2 }])
        const { completed } = await checkout(api, district.store, cartId)
        const before = await adminOrder(completed.order.id)

        const newPrice = oldPrice + 0.7
        const { data } = await api.post(`/vendor/products/${bread.id}/variants/${small.id}`, { prices: [{ amount: newPrice, currency_code: "eur" }] }, forno)
        expect(eur(byTitle(data.product, "500 g"))).toBeCloseTo(newPrice, 2)

        const inStore = await storeProduct(bread.id)
        expect(byTitle(inStore, "500 g").calculated_price.calculated_amount).toBeCloseTo(newPrice, 2)
        expect(byTitle(inStore, "1 kg").calculated_price.calculated_amount).toBeCloseTo(eur(byTitle(bread, "1 kg")), 2)

        // The same price again is not a change.
        await api.post(`/vendor/products/${bread.id}/variants/${small.id}`, { prices: [{ amount: newPrice, currency_code: "eur" }] }, forno)
        const { data: history } = await api.get(`/vendor/products/${bread.id}`, forno)
        expect(history.product.price_changes).toHaveLength(1)
        expect(history.product.price_changes[0]).toMatchObject({
          variant_id: small.id,
          variant_title: "500 g",
          currency_code: "eur",
          previous_amount: cents(oldPrice),
          amount: cents(newPrice),
          member: { id: me.member.id, email: "forno@sannazaro.demo" },
        })
        expect(Date.parse(history.product.price_changes[0].created_at)).toBeGreaterThan(Date.parse(completed.order.created_at))

        const after = await adminOrder(completed.order.id)
        expect(after.items.map((i: any) => [i.variant_id, i.unit_price, i.quantity])).toEqual(before.items.map((i: any) => [i.variant_id, i.unit_price, i.quantity]))
        expect(after.items[0].unit_price).toBeCloseTo(oldPrice, 2)
        expect(after.total).toBe(before.total)
        expect(after.tax_total).toBe(before.tax_total)
      })

      it("renames a size, sets its stock, and refuses a name another size has", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const bread = await mine(forno, "pagnotta-lievito-madre")
        const big = byTitle(bread, "1 kg")
        const { data } = await api.post(`/vendor/products/${bread.id}/variants/${big.id}`, { title: "1,2 kg", stock: 3 }, forno)
        expect(data.product.variants.map((v: any) => v.title).sort()).toEqual(["1,2 kg", "500 g"])
        expect(data.product.price_changes).toHaveLength(0)

        const inStore = await storeProduct(bread.id)
        expect(inStore.options[0].values.map((v: any) => v.value).sort()).toEqual(["1,2 kg", "500 g"])
        expect(inStore.variants.find((v: any) => v.id === big.id).inventory_quantity).toBe(3)

        const clash = await attempt(api.post(`/vendor/products/${bread.id}/variants/${big.id}`, { title: "500 G" }, forno))
        expect(clash.status).toBe(400)
        expect(clash.data.message).toMatch(/^title:/)
      })
    })

    describe("POST /vendor/products/:id/variants", () => {
      it("adds a size with its price and stock, and a resident can buy it", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: created } = await api.post("/vendor/products", simpleProduct("Focaccia all'olio", 3.5, 6), forno)
        const product = created.product
        // a new product linked to its maker: product.created's refresh gives it the cards' copy of its maker (no claim yet: no mark)
        const card = await cardCopiesSettled(api, district.store, [product.id])
        expect(card.copies).toEqual(card.links)
        expect(card.copies[0]).toMatchObject({ maker: { handle: "forno-san-nazaro" }, certified: false })

        const { data } = await api.post(
          `/vendor/products/${product.id}/variants`,
          { title: "Teglia intera", prices: [{ amount: 12, currency_code: "eur" }], stock: 4 },
          forno
        )
        expect(data.product.variants).toHaveLength(2)
        const inStore = await storeProduct(product.id)
        const teglia = inStore.variants.find((v: any) => v.id === data.variant_id)
        expect(teglia.title).toBe("Teglia intera")
        expect(teglia.inventory_quantity).toBe(4)
        expect(teglia.calculated_price.calculated_amount).toBe(12)
        expect(teglia.options.map((o: any) => o.value)).toEqual(["Teglia intera"])
        expect(inStore.options[0].values.map((v: any) => v.value).sort()).toEqual(["Teglia intera", "Unico"])

        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: teglia.id, quantity: 2 }])
        const { completed } = await checkout(api, district.store, cartId)
        expect(completed.order.items[0]).toMatchObject({ variant_id: teglia.id, quantity: 2 })
        expect(completed.order.item_total).toBeCloseTo(24, 2)
        expect((await storeProduct(product.id)).variants.find((v: any) => v.id === teglia.id).inventory_quantity).toBe(2)

        const twice = await attempt(api.post(`/vendor/products/${product.id}/variants`, { title: "teglia intera", prices: [{ amount: 11, currency_code: "eur" }] }, forno))
        expect(twice.status).toBe(400)
        expect(twice.data).toMatchObject({ code: "variant_title_taken", field: "title" })
        const wrongOption = await attempt(
          api.post(`/vendor/products/${product.id}/variants`, { title: "Mezza", options: { Colore: "Rosso" }, prices: [{ amount: 6, currency_code: "eur" }] }, forno)
        )
        expect(wrongOption.status).toBe(400)
        expect(wrongOption.data).toMatchObject({ code: "options_incomplete", field: "options" })
        expect((await storeProduct(product.id)).variants).toHaveLength(2)
      })
    })

    describe("English texts of a maker's product (Medusa's Translation Module)", () => {
      it("shows the maker's English to residents reading English, the Italian to the others and where English is left empty", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const english = { headers: { ...district.store.headers, "x-medusa-locale": "en-GB" } }
        const inEnglish = async (id: string) => (await api.get(`/store/products/${id}?fields=title,description,*options,*options.values,*variants,*variants.options`, english)).data.product
        const { data: created } = await api.post(
          "/vendor/products",
          { ...simpleProduct("Pane di segale", 5.2, 8), title_en: "Rye bread", description_en: "Sourdough rye, baked at night." },
          forno
        )
        const id = created.product.id
        const fresh = await inEnglish(id)
        expect(fresh).toMatchObject({ title: "Rye bread", description: "Sourdough rye, baked at night." })
        // the network's own option and size get their English words; the Italian stays for Italian readers
        expect(fresh.options.map((o: any) => [o.title, o.values.map((v: any) => v.value)])).toEqual([["Size", ["One size"]]])
        expect(fresh.variants.map((v: any) => v.title)).toEqual(["One size"])
        expect(await storeProduct(id)).toMatchObject({ title: "Pane di segale", description: "Fatto a mano in Veronetta." })

        const { data: added } = await api.post(
          `/vendor/products/${id}/variants`,
          { title: "Mezza forma", title_en: "Half loaf", prices: [{ amount: 2.8, currency_code: "eur" }], stock: 3 },
          forno
        )
        const half = (await inEnglish(id)).variants.find((v: any) => v.id === added.variant_id)
        expect(half.title).toBe("Half loaf")
        expect(half.options.map((o: any) => o.value)).toEqual(["Half loaf"])
        expect((await storeProduct(id)).variants.find((v: any) => v.id === added.variant_id).title).toBe("Mezza forma")

        await api.post(`/vendor/products/${id}/variants/${added.variant_id}`, { title_en: "Half rye loaf" }, forno)
        await api.post(`/vendor/products/${id}`, { description_en: "", title_en: "Dark rye bread" }, forno)
        const edited = await inEnglish(id)
        expect(edited.title).toBe("Dark rye bread")
        expect(edited.description).toBe("Fatto a mano in Veronetta.")
        expect(edited.variants.find((v: any) => v.id === added.variant_id).title).toBe("Half rye loaf")

        // the maker's form reads back what it wrote, and only for its own shop
        const { data: mineNow } = await api.get(`/vendor/products/${id}`, forno)
        expect(mineNow.product).toMatchObject({ title_en: "Dark rye bread", subtitle_en: null, description_en: null })
        expect(mineNow.product.variants.find((v: any) => v.id === added.variant_id).title_en).toBe("Half rye loaf")
        const other = await vendorLogin(api, "miele@torricelle.demo")
        expect((await attempt(api.post(`/vendor/products/${id}`, { title_en: "Stolen" }, other))).status).toBe(404)
        const tooLong = await attempt(api.post(`/vendor/products/${id}`, { title_en: "x".repeat(201) }, forno))
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toMatch(/title_en/)
        // an English subtitle over no Italian one would never be shown: refused, naming the field
        const noItalian = await attempt(api.post(`/vendor/products/${id}`, { subtitle_en: "Dark and sour", title_en: "Rye" }, forno))
        expect(noItalian.status).toBe(400)
        expect(noItalian.data).toMatchObject({ code: "english_without_italian", field: "subtitle_en" })
        expect((await inEnglish(id)).title).toBe("Dark rye bread")

        // English search finds it by its English words once the maker saved them
        const { data: found } = await api.get("/store/search?q=rye&limit=20", english)
        expect(found.products.map((h: any) => h.id)).toContain(id)
      })
    })

    describe("DELETE /vendor/products/:id/variants/:variant_id", () => {
      it("removes a size never ordered, Medusa's way; refuses the last size", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: created } = await api.post("/vendor/products", simpleProduct("Grissini", 2.8, 10), forno)
        const { data: added } = await api.post(
          `/vendor/products/${created.product.id}/variants`,
          { title: "Sacchetto grande", sku: "FSN-GRIS-XL", prices: [{ amount: 5, currency_code: "eur" }], stock: 5 },
          forno
        )
        const { data: removed } = await api.delete(`/vendor/products/${created.product.id}/variants/${added.variant_id}`, forno)
        expect(removed).toMatchObject({ id: added.variant_id, deleted: true, kept_for_orders: false })
        expect(removed.product.variants.map((v: any) => v.id)).toEqual([created.product.variants[0].id])
        const inStore = await storeProduct(created.product.id)
        expect(inStore.variants.map((v: any) => v.id)).toEqual([created.product.variants[0].id])
        expect(inStore.options[0].values.map((v: any) => v.value)).toEqual(["Unico"])
        const { data: items } = await api.get("/admin/inventory-items?sku=FSN-GRIS-XL", district.admin)
        expect(items.inventory_items).toHaveLength(0)

        const last = await attempt(api.delete(`/vendor/products/${created.product.id}/variants/${created.product.variants[0].id}`, forno))
        expect(last.status).toBe(400)
        expect(last.data.message).toMatch(/^variant_id:/)
        expect((await storeProduct(created.product.id)).variants).toHaveLength(1)
      })

      it("takes an ordered size off sale without touching the open order, which can still be fulfilled", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const bread = await mine(forno, "pagnotta-lievito-madre")
        const big = byTitle(bread, "1 kg")
        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: big.id, quantity: 1 }])
        const { completed } = await checkout(api, district.store, cartId)
        const before = await adminOrder(completed.order.id)

        const { data: removed } = await api.delete(`/vendor/products/${bread.id}/variants/${big.id}`, forno)
        expect(removed.kept_for_orders).toBe(true)
        const inStore = await storeProduct(bread.id)
        expect(inStore.variants.map((v: any) => v.title)).toEqual(["500 g"])
        expect(inStore.options[0].values.map((v: any) => v.value)).toEqual(["500 g"])
        const { data: mineAfter } = await api.get(`/vendor/products/${bread.id}`, forno)
        expect(mineAfter.product.can_delete).toBe(false)

        const after = await adminOrder(completed.order.id)
        expect(after.items.map((i: any) => [i.variant_id, i.unit_price, i.quantity])).toEqual(before.items.map((i: any) => [i.variant_id, i.unit_price, i.quantity]))
        expect(after.total).toBe(before.total)
        const { data: reservations } = await api.get(`/admin/reservations?line_item_id[]=${before.items[0].id}`, district.admin)
        expect(reservations.reservations).toHaveLength(1)

        const { result } = await createOrderFulfillmentWorkflow(getContainer()).run({
          input: { order_id: before.id, items: [{ id: before.items[0].id, quantity: 1 }], no_notification: true },
        })
        expect(result.items[0]).toMatchObject({ quantity: 1, inventory_item_id: reservations.reservations[0].inventory_item_id })
        const { data: gone } = await api.get(`/admin/reservations?line_item_id[]=${before.items[0].id}`, district.admin)
        expect(gone.reservations).toHaveLength(0)
      })
    })

    describe("GET /vendor/catalogue, POST /vendor/products/:id (category, VAT class)", () => {
      it("files a product under a category and a VAT class; the store lists it there and a cart line carries that class's rate", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: catalogue } = await api.get("/vendor/catalogue", forno)
        const { data: taxRates } = await api.get("/admin/tax-rates?fields=rate,is_default,*rules&limit=100", district.admin)
        const defaultRate = taxRates.tax_rates.find((r: any) => r.is_default).rate
        const rateOfType = (typeId: string) => taxRates.tax_rates.find((r: any) => r.rules?.some((rule: any) => rule.reference_id === typeId))?.rate ?? defaultRate
        for (const vat of catalogue.vat_classes) expect(vat.rate).toBe(rateOfType(vat.id))
        expect(catalogue.vat_classes.map((v: any) => `${v.name} (${v.rate}%)`)).toContain("Alimentari (10%)")

        const breadCategory = catalogue.categories.find((c: any) => c.handle === "pane-e-dolci")
        const demoBread = await mine(forno, "pagnotta-lievito-madre")
        expect(breadCategory.suggested_vat_class_id).toBe(demoBread.vat_class_id)
        const food = catalogue.vat_classes.find((v: any) => v.id === demoBread.vat_class_id)
        expect(food.rate).not.toBe(defaultRate)

        // The focaccia of the report: created with no category and no class, so the default rate.
        const { data: created } = await api.post("/vendor/products", simpleProduct("Focaccia genovese", 4, 10), forno)
        const focaccia = created.product
        expect(focaccia.vat_class_id).toBeNull()
        const { data: filed } = await api.post(`/vendor/products/${focaccia.id}`, { category_ids: [breadCategory.id], vat_class_id: food.id }, forno)
        expect(filed.product).toMatchObject({ vat_class_id: food.id, categories: [{ id: breadCategory.id, handle: "pane-e-dolci" }] })

        const { data: listed } = await api.get(`/store/products?category_id[]=${breadCategory.id}&limit=100&fields=id`, district.store)
        expect(listed.products.map((p: any) => p.id)).toContain(focaccia.id)

        const cartId = await cartWith(api, district.store, district.regionId, [{ variant_id: focaccia.variants[0].id, quantity: 1 }])
        await addressCart(api, district.store, cartId)
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=*items,*items.tax_lines`, district.store)
        expect(cart.cart.items[0].tax_lines.map((l: any) => l.rate)).toEqual([rateOfType(food.id)])
        // VAT included: 4,00 € carries 4 − 4 / (1 + rate) of tax.
        expect(cart.cart.items[0].tax_total).toBeCloseTo(4 - 4 / (1 + food.rate / 100), 2)
      })

      it("refuses a category or VAT class that is not the network's, naming the field, and changes nothing", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const bread = await mine(forno, "pagnotta-lievito-madre")
        const { data: shippingProfiles } = await api.get("/admin/shipping-profiles", district.admin)
        const cases = [
          { body: { vat_class_id: shippingProfiles.shipping_profiles[0].id }, field: "vat_class_id", code: "unknown_vat_class" },
          { body: { category_ids: ["pcat_01NOTACATEGORY000000000000"] }, field: "category_ids", code: "unknown_category" },
          { body: { title: "Pane", vat_class_id: "" }, field: "vat_class_id", code: "invalid_field" },
        ]
        for (const { body, field, code } of cases) {
          const res = await attempt(api.post(`/vendor/products/${bread.id}`, body, forno))
          expect(res.status).toBe(400)
          expect(res.data).toMatchObject({ code, field })
        }
        const create = await attempt(api.post("/vendor/products", { ...simpleProduct("Pane nuovo"), vat_class_id: "ptyp_01NOTATYPE0000000000000000" }, forno))
        expect(create.status).toBe(400)
        expect(create.data).toMatchObject({ code: "unknown_vat_class", field: "vat_class_id" })
        const after = await mine(forno, "pagnotta-lievito-madre")
        expect(after).toMatchObject({ title: bread.title, vat_class_id: bread.vat_class_id, categories: bread.categories })
        expect((await mine(forno, "pane-nuovo"))).toBeUndefined()
      })
    })

    describe("/vendor/products/:id/* isolation and bad input", () => {
      it("answers 404 to another maker's product and variant ids and changes nothing", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const miele = await vendorLogin(api, "miele@torricelle.demo")
        const bread = await mine(forno, "pagnotta-lievito-madre")
        const variant = bread.variants[0]
        const { data: honey } = await api.get("/vendor/products", miele)
        const ownProduct = honey.products[0]
        const price = { prices: [{ amount: 0.5, currency_code: "eur" }] }

        const sweep = [
          () => api.post(`/vendor/products/${bread.id}/variants/${variant.id}`, price, miele),
          () => api.delete(`/vendor/products/${bread.id}/variants/${variant.id}`, miele),
          () => api.post(`/vendor/products/${bread.id}/variants`, { title: "Rubato", ...price }, miele),
          () => api.post(`/vendor/products/${bread.id}/archive`, {}, miele),
          () => api.post(`/vendor/products/${bread.id}/restore`, {}, miele),
          () => api.post(`/vendor/products/${bread.id}`, { category_ids: [], title: "Preso" }, miele),
          // One's own product with someone else's variant.
          () => api.post(`/vendor/products/${ownProduct.id}/variants/${variant.id}`, price, miele),
          () => api.delete(`/vendor/products/${ownProduct.id}/variants/${variant.id}`, miele),
        ]
        for (const call of sweep) expect((await attempt(call())).status).toBe(404)

        const { data: after } = await api.get(`/vendor/products/${bread.id}`, forno)
        expect(after.product).toMatchObject({ title: bread.title, status: "published", archived_at: null, price_changes: [] })
        expect(after.product.variants.map((v: any) => [v.id, eur(v)])).toEqual(bread.variants.map((v: any) => [v.id, eur(v)]))
        expect(await storeStatus(bread.id)).toBe(200)
      })

      it("refuses bad input with 400 naming the field", async () => {
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const bread = await mine(forno, "pagnotta-lievito-madre")
        const v = bread.variants[0]
        const cases: [() => Promise<any>, string][] = [
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { prices: [{ amount: -1, currency_code: "eur" }] }, forno), "prices.0.amount"],
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { prices: [{ amount: 4.555, currency_code: "eur" }] }, forno), "prices.0.amount"],
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { prices: [{ amount: 4, currency_code: "usd" }] }, forno), "prices.0.currency_code"],
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { prices: [] }, forno), "prices"],
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { stock: -2 }, forno), "stock"],
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { title: "  " }, forno), "title"],
          [() => api.post(`/vendor/products/${bread.id}/variants/${v.id}`, { price: 4 }, forno), "price"],
          [() => api.post(`/vendor/products/${bread.id}/variants`, { title: "Senza prezzo" }, forno), "prices"],
          [() => api.post(`/vendor/products/${bread.id}/archive`, { archived: true }, forno), "archived"],
          [() => api.get("/vendor/products?archived=forse", forno), "archived"],
        ]
        // The field comes as a request path with a stable code, for clients to translate (no message parsing).
        for (const [call, field] of cases) {
          const res = await attempt(call())
          expect(res.status).toBe(400)
          expect(res.data).toMatchObject({ type: "invalid_data", code: "invalid_field", field })
          expect(res.data.errors[0].field).toBe(field)
        }
        const { data: after } = await api.get(`/vendor/products/${bread.id}`, forno)
        expect(after.product.variants.map((x: any) => [x.id, x.title, eur(x)])).toEqual(bread.variants.map((x: any) => [x.id, x.title, eur(x)]))
        expect(after.product.price_changes).toEqual([])
      })
    })
  },
})
