import { districtSuite, type District } from "../../helpers/district"
import { attempt } from "../../helpers/vendors"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

type Hit = { id: string; handle: string; title: string; vendor: { handle: string; name: string } }
type Product = { id: string; handle: string; title: string; subtitle: string | null; description: string | null; categories: { handle: string; name: string }[]; vendor?: { handle: string } }

// Expectations computed from the catalogue as the store lists it, not from the search's own SQL.
const fold = (s: string | null | undefined) => (s ?? "").normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase()
const textOf = (p: Product) => fold([p.title, p.subtitle, p.description, ...p.categories.map((c) => c.name)].join(" "))
const titlesOf = (hits: Hit[]) => hits.map((h) => h.title)

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    const search = async (d: District, query: Record<string, string | number | boolean>) => {
      const { data } = await api.get(`/store/search?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, d.store)
      return data as { products: Hit[]; count: number; limit: number; offset: number; corrected: string | null }
    }
    const catalogue = async (d: District): Promise<Product[]> =>
      (await api.get("/store/products?limit=200&fields=id,handle,title,subtitle,description,*categories", d.store)).data.products

    describe("GET /store/search", () => {
      it("forgives typos: a misspelt word is read as the catalogue's closest one", async () => {
        const products = await catalogue(district)
        const honey = products.filter((p) => /^miele\b/.test(fold(p.title)))
        expect(honey.length).toBeGreaterThanOrEqual(3)
        const mile = await search(district, { q: "mile", limit: 50 })
        expect(mile.corrected).toBe("miele")
        expect(new Set(titlesOf(mile.products.slice(0, honey.length)))).toEqual(new Set(honey.map((p) => p.title)))

        const ceramics = products.filter((p) => p.categories.some((c) => c.handle === "ceramiche"))
        const ceramca = await search(district, { q: "ceramca", limit: 50 })
        expect(ceramca.corrected).toBe("ceramica")
        expect(new Set(ceramca.products.map((h) => h.id))).toEqual(new Set(ceramics.map((p) => p.id)))

        const bikes = products.filter((p) => /\bbici\b/.test(fold(p.title)))
        const biciclet = await search(district, { q: "biciclet", limit: 50 })
        expect(bikes.length).toBeGreaterThanOrEqual(2)
        expect(biciclet.products.map((h) => h.id)).toEqual(expect.arrayContaining(bikes.map((p) => p.id)))

        const nothing = await search(district, { q: "xqzwv" })
        expect(nothing).toMatchObject({ products: [], count: 0, corrected: null })
      })

      it("matches stems and folds accents", async () => {
        const products = await catalogue(district)
        // "pane integrale": products that have both words (any form) first, then those with one.
        const both = products.filter((p) => /\bpan[ei]\b/.test(textOf(p)) && /\bintegral[ei]\b/.test(textOf(p)))
        expect(both.length).toBeGreaterThanOrEqual(1)
        const found = await search(district, { q: "pane integrale", limit: 50 })
        expect(new Set(found.products.slice(0, both.length).map((h) => h.id))).toEqual(new Set(both.map((p) => p.id)))
        expect(found.count).toBeGreaterThan(both.length)
        // As the resident types: the last word is a beginning.
        const typing = await search(district, { q: "pane integ", limit: 50 })
        expect(new Set(typing.products.slice(0, both.length).map((h) => h.id))).toEqual(new Set(both.map((p) => p.id)))

        const biscotti = products.find((p) => /^biscotti\b/.test(fold(p.title)))!
        expect((await search(district, { q: "biscotto" })).products.map((h) => h.id)).toContain(biscotti.id)

        const coffees = products.filter((p) => fold(p.title).startsWith("caffe"))
        expect(coffees.length).toBeGreaterThanOrEqual(2)
        const plain = await search(district, { q: "caffe", limit: 50 })
        const accented = await search(district, { q: "CAFFÈ", limit: 50 })
        expect(accented.products.map((h) => h.id)).toEqual(plain.products.map((h) => h.id))
        expect(plain.products.map((h) => h.id)).toEqual(expect.arrayContaining(coffees.map((p) => p.id)))
        const city = products.find((p) => p.title.includes("città"))!
        expect((await search(district, { q: "citta" })).products[0].id).toBe(city.id)
      })

      it("ranks what people mean first: products named after the word before those that only mention it", async () => {
        const products = await catalogue(district)
        const named = products.filter((p) => fold(p.title).startsWith("miele"))
        const mentions = products.filter((p) => !fold(p.title).startsWith("miele") && /\bmiele\b/.test(fold(p.title)))
        expect(mentions.map((p) => p.title)).toContain("Biscotti di farro e miele")
        const { products: hits, count } = await search(district, { q: "miele", limit: 50 })
        const position = (id: string) => hits.findIndex((h) => h.id === id)
        for (const p of [...named, ...mentions]) expect(position(p.id)).toBeGreaterThanOrEqual(0)
        // every honey before any title that merely contains the word, and those before descriptions only
        expect(Math.max(...named.map((p) => position(p.id)))).toBeLessThan(Math.min(...mentions.map((p) => position(p.id))))
        expect(Math.max(...mentions.map((p) => position(p.id)))).toBeLessThan(named.length + mentions.length)
        const described = products.filter((p) => !/\bmiele\b/.test(fold(p.title)) && /\bmiele\b/.test(textOf(p)))
        expect(new Set(hits.map((h) => h.id))).toEqual(new Set([...named, ...mentions, ...described].map((p) => p.id)))
        expect(count).toBe(hits.length)
      })

      it("finds English words in the English translations and answers in the resident's language", async () => {
        const english = { headers: { ...district.store.headers, "x-medusa-locale": "en-GB" } }
        const italian = await catalogue(district)
        const products: Product[] = (await api.get("/store/products?limit=200&fields=id,handle,title,subtitle,description,*categories", english)).data.products
        const inEnglish = new Map(products.map((p) => [p.id, p.title]))
        // English names put the thing last: "Acacia honey (with walnuts)" is honey, "Spelt and honey biscuits" is not.
        const head = (title: string) => fold(title.split(" with ")[0]).split(" ").pop()
        const honey = products.filter((p) => head(p.title) === "honey")
        const mentions = products.filter((p) => head(p.title) !== "honey" && /\bhoney\b/.test(textOf(p)))
        expect(honey.length).toBeGreaterThanOrEqual(4)
        expect(mentions.map((p) => p.title)).toContain("Spelt and honey biscuits")
        const found = await api.get("/store/search?q=honey&limit=50", english).then((r) => r.data as { products: Hit[]; count: number })
        expect(new Set(found.products.slice(0, honey.length).map((h) => h.id))).toEqual(new Set(honey.map((p) => p.id)))
        expect(found.products.map((h) => h.id)).toEqual(expect.arrayContaining(mentions.map((p) => p.id)))
        for (const hit of found.products) expect(hit.title).toBe(inEnglish.get(hit.id))

        // "bread": every product whose English text says bread (the bakery's category included), none missing.
        const bread = products.filter((p) => /\bbread\b/.test(textOf(p)))
        expect(bread.length).toBeGreaterThanOrEqual(5)
        const breadHits = await search(district, { q: "bread", limit: 50 })
        expect(breadHits.products.map((h) => h.id)).toEqual(expect.arrayContaining(bread.map((p) => p.id)))
        // the same search without a locale: the Italian titles, as stored
        const titles = new Map(italian.map((p) => [p.id, p.title]))
        for (const hit of breadHits.products) expect(hit.title).toBe(titles.get(hit.id))
        expect(new Set(breadHits.products.map((h) => h.title))).not.toEqual(new Set(breadHits.products.map((h) => inEnglish.get(h.id))))
      })

      it("filters by category, maker, brand mark and the next round, and pages through the results", async () => {
        const products = await catalogue(district)
        const all = await search(district, { q: "miele", limit: 50 })

        const inHoney = await search(district, { q: "miele", category: "miele-e-conserve", limit: 50 })
        const honeyCategory = new Set(products.filter((p) => p.categories.some((c) => c.handle === "miele-e-conserve")).map((p) => p.id))
        expect(inHoney.count).toBeGreaterThan(0)
        expect(inHoney.count).toBeLessThan(all.count)
        for (const hit of inHoney.products) expect(honeyCategory.has(hit.id)).toBe(true)

        const bakery = await search(district, { q: "miele", vendor: "forno-san-nazaro", limit: 50 })
        const bakeryHoney = products.filter((p) => p.vendor?.handle === "forno-san-nazaro" && /\bmiele\b/.test(textOf(p)))
        expect(bakery.products[0].title).toBe("Biscotti di farro e miele")
        expect(new Set(bakery.products.map((h) => h.id))).toEqual(new Set(bakeryHoney.map((p) => p.id)))
        for (const hit of bakery.products) expect(hit.vendor).toEqual({ handle: "forno-san-nazaro", name: "Forno San Nazaro" })

        // The brand mark as the store's product responses carry it (@rbv/brand).
        const { data: listed } = await api.get(`/store/products?limit=200&fields=id`, district.store)
        const certified = new Set(listed.products.filter((p: any) => p.brand?.certified).map((p: any) => p.id))
        expect(certified.size).toBeGreaterThan(0)
        const marked = await search(district, { brand: true, limit: 50 })
        expect(new Set(marked.products.map((h) => h.id))).toEqual(certified)

        // The next round: the bakery's oven batch used up for it takes its bread out of that filter only.
        const bread = await search(district, { q: "pane", vendor: "forno-san-nazaro", limit: 50 })
        const { data: pagnotta } = await api.get(`/store/delivery-rounds/products/${bread.products.find((h) => h.handle === "pagnotta-lievito-madre")!.id}`, district.store)
        expect(pagnotta.limited).toBe(true)
        const nextRound = pagnotta.rounds[0]
        expect(nextRound.left).toBeGreaterThan(0)
        expect((await search(district, { q: "pane", vendor: "forno-san-nazaro", next_round: true, limit: 50 })).count).toBe(bread.count)
        const delivery = getContainer().resolve("delivery") as any
        const [limit] = await delivery.listBatchLimits({ name: "Pane del forno a legna" })
        await delivery.createBatchUsages({ batch_limit_id: limit.id, round_id: nextRound.id, taken: limit.quantity })
        const lefts = await Promise.all(bread.products.map(async (h) => (await api.get(`/store/delivery-rounds/products/${h.id}`, district.store)).data))
        const ovenIds = new Set(lefts.filter((l) => l.limited && l.rounds[0]?.left === 0).map((l) => l.product_id as string))
        expect(ovenIds.size).toBe(2)
        const available = await search(district, { q: "pane", vendor: "forno-san-nazaro", next_round: true, limit: 50 })
        expect(available.products.map((h) => h.id).sort()).toEqual(bread.products.map((h) => h.id).filter((id) => !ovenIds.has(id)).sort())

        // Pages: the same order, no gaps, no repeats.
        const pages: Hit[] = []
        for (let offset = 0; offset < all.count; offset += 4) {
          const page = await search(district, { q: "miele", limit: 4, offset })
          expect(page).toMatchObject({ count: all.count, limit: 4, offset })
          pages.push(...page.products)
        }
        expect(pages.map((h) => h.id)).toEqual(all.products.map((h) => h.id))
      })

      it("answers bad queries with 400 naming the field, never 500, and refuses a long query", async () => {
        const bad: [string, string][] = [
          ["limit=0", "limit"],
          ["limit=abc", "limit"],
          ["limit=51", "limit"],
          ["offset=-1", "offset"],
          ["brand=maybe", "brand"],
          ["next_round=1", "next_round"],
          ["category=Not%20a%20handle", "category"],
          ["vendor=%27%3B%20drop%20table", "vendor"],
          ["q=miele&q=pane", "q"],
          ["q=miele&sort=price", "sort"],
          [`q=${"a".repeat(201)}`, "q"],
          [`q=${encodeURIComponent("miele ".repeat(171))}`, "q"],
        ]
        for (const [query, field] of bad) {
          const res = await attempt(api.get(`/store/search?${query}`, district.store))
          expect([query, res.status]).toEqual([query, 400])
          expect(JSON.stringify(res.data)).toContain(field)
        }
        // What a tsquery or LIKE would read as syntax is only text here.
        for (const q of ["miele & | ! ( ) :*", "%_\\", "' or 1=1 --", "🐝 miele"]) {
          const res = await attempt(api.get(`/store/search?q=${encodeURIComponent(q)}`, district.store))
          expect([q, res.status]).toEqual([q, 200])
        }
        expect((await attempt(api.get("/store/search?q=miele"))).status).toBe(400) // no publishable key
      })

      it("keeps in step with the catalogue: renamed, unpublished and suspended shops' products", async () => {
        const [honey] = (await search(district, { q: "miele di acacia" })).products
        await api.post(`/admin/products/${honey.id}`, { title: "Miele di tarassaco" }, district.admin)
        await waitFor("the renamed product in the search", async () => (await search(district, { q: "tarassaco" })).products.some((h) => h.id === honey.id))

        await api.post(`/admin/products/${honey.id}`, { status: "draft" }, district.admin)
        await waitFor("the draft out of the search", async () => !(await search(district, { q: "tarassaco" })).products.length)

        const { data } = await api.get("/admin/vendors?limit=100", district.admin)
        const bakery = data.vendors.find((v: any) => v.handle === "forno-san-nazaro")
        await api.post(`/admin/vendors/${bakery.id}/suspend`, { reason: "Chiuso per lavori" }, district.admin)
        await waitFor("the suspended shop's products out of the search", async () => !(await search(district, { vendor: "forno-san-nazaro" })).count)
        await api.post(`/admin/vendors/${bakery.id}/reactivate`, {}, district.admin)
        await waitFor("the shop back in the search", async () => (await search(district, { vendor: "forno-san-nazaro" })).count > 0)
      })
    })
  },
})
