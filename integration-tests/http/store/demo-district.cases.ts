import { districtSuite } from "../../helpers/district"
import { categories, catalogueWordsEn, craftsEn, makers, products as demoProducts, productsEn } from "../../../backend/src/scripts/demo-district"
import { attempt, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(180_000)

export default districtSuite({
  testSuite: ({ api, district }) => {
    describe("demo district", () => {
      it("serves the makers' catalogue in euro, VAT included, with Italian VAT rates", async () => {
        const { data: regions } = await api.get("/store/regions", district.store)
        const italia = regions.regions.find((r: any) => r.name === "Italia")
        expect(italia.currency_code).toBe("eur")
        expect(italia.countries.map((c: any) => c.iso_2)).toEqual(["it"])

        const { data } = await api.get(
          `/store/products?limit=200&region_id=${italia.id}&fields=*variants.calculated_price,*categories,+metadata`,
          district.store
        )
        expect(data.count).toBeGreaterThanOrEqual(40)
        const makers = new Set(data.products.map((p: any) => p.metadata.maker_handle))
        expect(makers.size).toBeGreaterThanOrEqual(8)
        for (const product of data.products) {
          expect(product.categories).toHaveLength(1)
          expect(product.thumbnail).toMatch(/\/static\//)
          const price = product.variants[0].calculated_price
          expect(price.currency_code).toBe("eur")
          expect(price.is_calculated_price_tax_inclusive).toBe(true)
          expect(price.calculated_amount).toBeGreaterThan(0)
        }
      })

      it("serves every product, option, value, variant and category in English to an English resident", async () => {
        const english = { headers: { ...district.store.headers, "x-medusa-locale": "en-GB" } }
        const fields = "id,handle,title,subtitle,description,*options,*options.values,*variants,*variants.options,*categories"
        const list = async (config: object) =>
          new Map<string, any>((await api.get(`/store/products?limit=200&fields=${fields}`, config)).data.products.map((p: any) => [p.handle, p]))
        const [inItalian, inEnglish] = [await list(district.store), await list(english)]
        const word = (w: string) => catalogueWordsEn[w] ?? w
        const categoryEn = new Map(categories.map((c) => [c.handle, c.name_en]))
        for (const demo of demoProducts) {
          const [it_, en] = [inItalian.get(demo.handle), inEnglish.get(demo.handle)]
          expect({ handle: demo.handle, title: it_.title, description: it_.description }).toEqual({ handle: demo.handle, title: demo.title, description: demo.description })
          const want = productsEn[demo.handle]
          expect({ title: en.title, subtitle: en.subtitle, description: en.description }).toEqual({
            title: want.title,
            subtitle: want.subtitle ?? null,
            description: want.description,
          })
          const options = (p: any) => p.options.map((o: any) => `${o.title}: ${o.values.map((v: any) => v.value).sort().join(", ")}`).sort()
          expect(options(en)).toEqual(demo.options.map((o) => `${word(o.title)}: ${o.values.map(word).sort().join(", ")}`).sort())
          expect(en.variants.map((v: any) => v.title).sort()).toEqual(demo.variants.map((v) => word(v.title)).sort())
          expect(en.categories.map((c: any) => c.name)).toEqual([categoryEn.get(demo.category)])
        }
        // "Formato unico": the single-size products read "Size: One size"
        const single = demoProducts.find((p) => p.variants.length === 1 && p.options[0].title === "Formato")!
        expect(inEnglish.get(single.handle).variants[0].options.map((o: any) => o.value)).toEqual(["One size"])
        const { data: cats } = await api.get("/store/product-categories?limit=100&fields=handle,name", english)
        expect(new Map(cats.product_categories.map((c: any) => [c.handle, c.name]))).toEqual(categoryEn)
      })

      it("falls back to Italian field by field where the English translation has none", async () => {
        const english = { headers: { ...district.store.headers, "x-medusa-locale": "en-GB" } }
        const demo = demoProducts.find((p) => p.subtitle)!
        const product = (await api.get(`/store/products?handle=${demo.handle}&fields=id`, district.store)).data.products[0]
        const { data } = await api.get(`/admin/translations?reference_id=${product.id}&locale_code=en-GB`, district.admin)
        expect(data.translations).toHaveLength(1)
        // a coordinator keeps only the English title (admin → Translations: the other fields emptied)
        const only = { title: "Only the title", subtitle: "", description: "" }
        await api.post("/admin/translations/batch", { update: [{ id: data.translations[0].id, translations: only }] }, district.admin)
        const en = (await api.get(`/store/products?handle=${demo.handle}&fields=title,subtitle,description`, english)).data.products[0]
        expect(en).toMatchObject({ title: "Only the title", subtitle: demo.subtitle, description: demo.description })
        // a locale with no translations at all: the Italian, as stored
        const french = (await api.get(`/store/products?handle=${demo.handle}&fields=title`, { headers: { ...district.store.headers, "x-medusa-locale": "fr-FR" } })).data
        expect(french.products[0].title).toBe(demo.title)
      })

      it("tells the makers' crafts and stories in English; a maker writes its own English story in La mia bottega", async () => {
        const english = { headers: { ...district.store.headers, "x-medusa-locale": "en-GB" } }
        const { data } = await api.get("/store/vendors", english)
        const shown = new Map(data.vendors.map((v: any) => [v.handle, { craft: v.craft, story: v.story }]))
        for (const m of makers) expect(shown.get(m.handle)).toEqual({ craft: craftsEn[m.craft], story: m.story_en })

        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const story_en = "We bake with sourdough every night in via San Nazaro."
        const { data: saved } = await api.post("/vendor/me", { story_en }, forno)
        expect(saved.vendor.story_en).toBe(story_en)
        const bakery = makers.find((m) => m.handle === "forno-san-nazaro")!
        expect((await api.get("/store/vendors/forno-san-nazaro", english)).data.vendor.story).toBe(story_en)
        expect((await api.get("/store/vendors/forno-san-nazaro", district.store)).data.vendor.story).toBe(bakery.story)
        // emptied: English visitors read the Italian story
        expect((await api.post("/vendor/me", { story_en: "" }, forno)).data.vendor.story_en).toBeNull()
        expect((await api.get("/store/vendors/forno-san-nazaro", english)).data.vendor.story).toBe(bakery.story)
        const long = await attempt(api.post("/vendor/me", { story_en: "x".repeat(4001) }, forno))
        expect(long.status).toBe(400)
        expect(long.data.message).toContain("story_en")
      })

      it("rejects store calls without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: any) => e.response)
        expect(res.status).toBe(400)
      })
    })
  },
})
