import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expireCertificationsWorkflow } from "@rbv/brand/workflows"
import refreshProductBrands from "@rbv/brand/subscribers/refresh-product-brands"
import type { SubscriberArgs } from "@medusajs/framework"
import { districtSuite } from "../../helpers/district"
import { CHARTER_V1, CHARTER_V1_EN } from "../../../backend/src/scripts/seed/brand"
import { breakdownSum, cardCopiesAndLinks, cardCopiesSettled, expectedShares, sharesOf } from "./brand-helpers"
import { waitFor } from "../../helpers/wait-for"
import { applyAsArtisan, attempt, vendorLogin } from "../../helpers/vendors"

jest.setTimeout(240_000)

const PENDING = { handle: "ciclofficina-porta-vescovo", email: "officina@ciclofficinaportavescovo.demo" }

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    describe("brand charter and certification", () => {
      it("charter v1 → adherence with evidence → review → the mark on products → a new version asks to renew → expiry removes the mark", async () => {
        const productsOf = async (handle: string) => {
          const { data: shop } = await api.get(`/store/vendors/${handle}`, district.store)
          const ids = shop.vendor.product_ids.map((id: string) => `id[]=${id}`).join("&")
          const { data } = await api.get(`/store/products?${ids}&region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
          return data.products as any[]
        }

        // GET /store/brand/charter: the seeded charter and the certified makers (all but the pending one)
        const { data: pub } = await api.get("/store/brand/charter", district.store)
        expect(pub.charter.version).toBe(1)
        expect(pub.charter.criteria.map((c: any) => c.key)).toEqual(["made_in_district", "fair_pay", "local_materials", "low_waste", "inclusion"])
        expect(pub.makers.length).toBe(10)
        // in English: the criteria as the coordinators translated them (the seed's English), each under its key
        const english = { headers: { ...district.store.headers, "x-medusa-locale": "en-GB" } }
        const textsOf = (charter: any) => charter.criteria.map((c: any) => [c.key, c.title, c.description])
        expect(textsOf((await api.get("/store/brand/charter", english)).data.charter)).toEqual(
          CHARTER_V1.map((c) => [c.key, CHARTER_V1_EN[c.key].title, CHARTER_V1_EN[c.key].description])
        )
        expect(textsOf(pub.charter)).toEqual(CHARTER_V1.map((c) => [c.key, c.title, c.description]))
        expect(pub.makers.map((m: any) => m.handle)).not.toContain(PENDING.handle)

        // store product responses carry the brand, with the breakdown of the lowest price adding up to it
        const bread = await productsOf("forno-san-nazaro")
        for (const product of bread) {
          expect(product.brand.certified).toBe(true)
          expect(product.brand.criteria.length).toBeGreaterThan(0)
          const price = Math.round(Math.min(...product.variants.map((v: any) => v.calculated_price.calculated_amount)) * 100)
          expect(product.brand.price_breakdown.price).toBe(price)
          expect(breakdownSum(product.brand.price_breakdown)).toBe(price)
          expect(product.brand.price_breakdown.rates.vat_bps).toBe(1000) // bread and pastries: IVA 10%
          expect(product.brand.price_breakdown.rates.commission_bps).toBe(1000)
        }
        expect(bread.some((p) => p.brand.price_breakdown.lines.some((l: any) => l.key === "materials"))).toBe(true)
        // a caller that names the fields it shows gets only those: a product card, the mark and the maker's name
        const { data: cards } = await api.get(`/store/products?id[]=${bread[0].id}&region_id=${district.regionId}&fields=id,*variants.calculated_price,brand.certified,vendor.name`, district.store)
        const [card] = cards.products
        expect(card.brand.certified).toBe(true)
        expect(card.brand).not.toHaveProperty("criteria")
        expect(card.brand).not.toHaveProperty("price_breakdown")
        expect(card.vendor.name).toBe(bread[0].vendor.name)
        expect(card.vendor).not.toHaveProperty("handle")
        // the maker is on the brand row too (what the shop's cards read, without the vendor link's
        // two statements): the same shop as the link says, for every product of the catalogue (null: the network's own)
        const { data: all } = await api.get("/store/products?limit=200&fields=id,vendor.id,vendor.handle,vendor.name,brand.maker", district.store)
        expect(all.products.length).toBeGreaterThan(40)
        for (const product of all.products) expect({ id: product.id, maker: product.brand.maker }).toEqual({ id: product.id, maker: product.vendor ?? null })
        // the cards read a copy of the maker and the mark in each product's metadata: the seed wrote it for every product, as the links say
        const seeded = await cardCopiesAndLinks(api, district.store)
        expect(seeded.copies.length).toBe(all.products.length)
        expect(seeded.copies).toEqual(seeded.links)
        expect(seeded.copies.some((c: any) => c.certified) && seeded.copies.some((c: any) => !c.certified)).toBe(true)
        // …public values only: a store caller's metadata holds no maker id, rate, claim or certification
        expect(Object.keys(seeded.copies.find((c: any) => c.maker).maker).sort()).toEqual(["handle", "name"])
        const { data: lean } = await api.get(`/store/products?id[]=${bread[0].id}&fields=id,brand.maker,-vendor`, district.store)
        expect(lean.products[0]).not.toHaveProperty("vendor")
        expect(lean.products[0].brand).toEqual({ id: bread[0].id, maker: bread[0].vendor })
        // …and follows the shop's new name, saved in La mia bottega
        const baker = await vendorLogin(api, "forno@sannazaro.demo")
        await api.post("/vendor/me", { name: "Forno di San Nazaro dal 1952" }, baker)
        const renamed = await waitFor("the shop's new name on its products' brand rows", async () => {
          const { data } = await api.get(`/store/products?${bread.map((p) => `id[]=${p.id}`).join("&")}&fields=id,brand.maker,-vendor`, district.store)
          return data.products.every((p: any) => p.brand.maker.name === "Forno di San Nazaro dal 1952") && data.products
        })
        expect(renamed.map((p: any) => p.brand.maker)).toEqual(bread.map((p) => ({ ...p.vendor, name: "Forno di San Nazaro dal 1952" })))
        // …on the cards' copy too, written by the same refresh as the row
        const renamedCards = await cardCopiesSettled(api, district.store, bread.map((p) => p.id))
        expect(renamedCards.copies).toEqual(renamedCards.links)
        expect(renamedCards.copies.every((c: any) => c.maker.name === "Forno di San Nazaro dal 1952")).toBe(true)
        for (const variant of card.variants) expect(variant).not.toHaveProperty("price_breakdown")
        // …and each variant explains its own price (a 1 kg jar is not the 500 g one)
        const sized = (await productsOf("apicoltura-torricelle")).filter((p) => new Set(p.variants.map((v: any) => v.calculated_price.calculated_amount)).size > 1)
        expect(sized.length).toBeGreaterThan(0)
        for (const variant of sized.flatMap((p) => p.variants)) {
          const price = Math.round(Number(variant.calculated_price.calculated_amount) * 100)
          expect(variant.price_breakdown.price).toBe(price)
          expect(breakdownSum(variant.price_breakdown)).toBe(price)
          const vat = variant.price_breakdown.lines.find((l: any) => l.key === "vat").amount
          expect(vat).toBe(price - Math.round(price / (1 + variant.price_breakdown.rates.vat_bps / 10_000)))
        }
        // …read with the product's brand row: the sizes' breakdowns cost the product page no SQL statement
        // more than the page without them, and say what the price_breakdown rows (any other reader's) say
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const statementsFor = async (fields: string) => {
          let fewest = { statements: Infinity, products: [] as any[] }
          for (let i = 0; i < 3; i++) {
            let statements = 0
            const count = () => statements++
            pg.on("query", count)
            const { data } = await api.get(`/store/products?id[]=${sized[0].id}&region_id=${district.regionId}&fields=${fields}`, district.store).finally(() => pg.off("query", count))
            if (statements < fewest.statements) fewest = { statements, products: data.products }
          }
          return fewest
        }
        const page = "id,*variants.calculated_price,+variants.inventory_quantity,brand.certified,brand.criteria"
        const [without, withSizes] = [await statementsFor(page), await statementsFor(`${page},variants.price_breakdown`)]
        expect(without.statements).toBeGreaterThan(3)
        expect(withSizes.statements).toBe(without.statements)
        const shown = withSizes.products[0].variants.map((v: any) => ({ id: v.id, ...v.price_breakdown }))
        const stored = await getContainer().resolve("brand").listPriceBreakdowns({ id: shown.map((v: any) => v.id) })
        expect(shown).toEqual(expect.arrayContaining(stored.map(({ id, price, lines, rates }: any) => ({ id, price, lines, rates }))))
        expect(shown).toHaveLength(stored.length)
        // …or, as the shop's product page asks, by variant id on the brand row itself (no Query stage
        // for the variants' breakdowns): the same figures, the same statements, nothing on the variants
        const onRow = await statementsFor(`${page},brand.variant_breakdowns`)
        expect(onRow.statements).toBe(without.statements)
        const [product] = onRow.products
        expect(Object.entries(product.brand.variant_breakdowns).map(([id, b]: [string, any]) => ({ id, ...b }))).toEqual(expect.arrayContaining(shown))
        expect(Object.keys(product.brand.variant_breakdowns)).toHaveLength(product.variants.length)
        for (const v of product.variants) expect(v).not.toHaveProperty("price_breakdown")
        // not a default: a response that names no brand field carries the sizes' breakdowns once, on the variants
        const { data: whole } = await api.get(`/store/products/${sized[0].id}?region_id=${district.regionId}`, district.store)
        expect(whole.product.brand).not.toHaveProperty("variant_breakdowns")
        expect(whole.product.variants.every((v: any) => v.price_breakdown)).toBe(true)

        // the breakdowns are stored, not computed per request: a new shop rate and a new price reach them at once
        const loaf = bread[0]
        const inStoreNow = async () => (await api.get(`/store/products/${loaf.id}?region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)).data.product
        await api.post(`/admin/vendors/${loaf.vendor.id}`, { commission_rate_bps: 1500 }, district.admin)
        const rated = await waitFor("the shop's new rate in the breakdown", async () => {
          const p = await inStoreNow()
          return p.brand.price_breakdown.rates.commission_bps === 1500 && p
        })
        expect(breakdownSum(rated.brand.price_breakdown)).toBe(rated.brand.price_breakdown.price)
        const variant = loaf.variants[0]
        const newPrice = Math.round(Number(variant.calculated_price.calculated_amount) * 100) + 137
        await api.post(`/admin/products/${loaf.id}/variants/${variant.id}`, { prices: [{ currency_code: "eur", amount: newPrice / 100 }] }, district.admin)
        const repriced = await waitFor("the new price in the breakdown", async () => {
          const v = (await inStoreNow()).variants.find((x: any) => x.id === variant.id)
          return v.price_breakdown?.price === newPrice && v
        })
        expect(Math.round(Number(repriced.calculated_price.calculated_amount) * 100)).toBe(newPrice)
        expect(breakdownSum(repriced.price_breakdown)).toBe(newPrice)
        expect(repriced.price_breakdown.rates.commission_bps).toBe(1500)
        // …to the cent, from the rates alone: bread's 10 % VAT, the shop's new 15 %, the fund's share, 2 % for delivery
        const { share_bps } = (await api.get("/store/brand/fund", district.store)).data.fund
        expect(sharesOf(repriced.price_breakdown)).toEqual(expectedShares(newPrice, { vat_bps: 1000, commission_bps: 1500, fund_bps: share_bps, delivery_bps: 200 }))

        // …and so does a new VAT rate: food 10 % → 4 % (the rate of the loaf's product type), while a
        // bicycle (another type) keeps its own
        const typeOf = async (id: string) => (await api.get(`/store/products/${id}?fields=type_id`, district.store)).data.product.type_id
        const { data: { tax_rates } } = await api.get("/admin/tax-rates?fields=id,rate,*rules&limit=100", district.admin)
        const loafType = await typeOf(loaf.id)
        const breadRate = tax_rates.find((r: any) => r.rules.some((rule: any) => rule.reference_id === loafType))
        expect(breadRate.rate).toBe(10)
        const [bicycle] = await productsOf(PENDING.handle)
        expect(await typeOf(bicycle.id)).not.toBe(loafType)
        const bicycleVat = bicycle.variants[0].price_breakdown.rates.vat_bps
        // saved as the admin's form saves it, rules included
        const rules = breadRate.rules.map((rule: any) => ({ reference: rule.reference, reference_id: rule.reference_id }))
        await api.post(`/admin/tax-rates/${breadRate.id}`, { rate: 4, rules }, district.admin)
        const taxed = await waitFor("the new VAT rate in the breakdowns", async () => {
          const p = await inStoreNow()
          return p.brand.price_breakdown.rates.vat_bps === 400 && p.variants.every((v: any) => v.price_breakdown.rates.vat_bps === 400) && p
        })
        // such a save announces the rate and each rule deleted and created again: 2N+1 row events at
        // once, which share one refresh of the whole catalogue
        const { data: { tax_rate: saved } } = await api.get(`/admin/tax-rates/${breadRate.id}?fields=id,*rules`, district.admin)
        const burst = [
          { name: "tax.tax-rate.updated", data: { id: saved.id } },
          ...breadRate.rules.map((rule: any) => ({ name: "tax.tax-rate-rule.deleted", data: { id: rule.id } })),
          ...saved.rules.map((rule: any) => ({ name: "tax.tax-rate-rule.created", data: { id: rule.id } })),
        ]
        expect(burst.length).toBeGreaterThanOrEqual(3)
        const saves = jest.spyOn(getContainer().resolve("brand"), "saveProductBrands")
        await Promise.all(burst.map((event) => refreshProductBrands({ event, container: getContainer(), pluginOptions: {} } as unknown as SubscriberArgs<any>)))
        expect(saves).toHaveBeenCalledTimes(1)
        saves.mockRestore()
        for (const v of taxed.variants) {
          const price = Math.round(Number(v.calculated_price.calculated_amount) * 100)
          expect(v.price_breakdown.price).toBe(price)
          expect(v.price_breakdown.lines.find((l: any) => l.key === "vat").amount).toBe(price - Math.round(price / 1.04))
          expect(breakdownSum(v.price_breakdown)).toBe(price)
        }
        const { data: { product: bicycleNow } } = await api.get(`/store/products/${bicycle.id}?region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
        expect(bicycleNow.variants[0].price_breakdown.rates.vat_bps).toBe(bicycleVat)

        // a deleted product leaves no mark or breakdown rows behind
        const honey = sized[0]
        const brandModule = getContainer().resolve("brand")
        expect(await brandModule.listPriceBreakdowns({ product_id: honey.id })).not.toHaveLength(0)
        await api.delete(`/admin/products/${honey.id}`, district.admin)
        await waitFor("the deleted product's rows removed", async () => {
          const [marks, breakdowns] = await Promise.all([brandModule.listProductBrands({ id: honey.id }), brandModule.listPriceBreakdowns({ product_id: honey.id })])
          return marks.length === 0 && breakdowns.length === 0
        })

        const bikes = await productsOf(PENDING.handle)
        expect(bikes.length).toBeGreaterThan(0)
        for (const product of bikes) expect(product.brand).toMatchObject({ certified: false, criteria: [] })

        // the pending shop: its submission is waiting; evidence missing for a criterion → 400, nothing written
        const shop = await vendorLogin(api, PENDING.email)
        const { data: mine } = await api.get("/vendor/brand/adherence", shop)
        expect(mine.certified).toBe(false)
        expect(mine.certification.status).toBe("submitted")
        // a maker whose /bottega is in English reads the charter's criteria as the coordinators translated them
        const { data: mineInEnglish } = await api.get("/vendor/brand/adherence", { headers: { ...shop.headers, "x-medusa-locale": "en-GB" } })
        expect(textsOf(mineInEnglish.charter)).toEqual(CHARTER_V1.map((c) => [c.key, CHARTER_V1_EN[c.key].title, CHARTER_V1_EN[c.key].description]))
        expect(textsOf((await api.get("/vendor/brand/adherence", shop)).data.charter)).toEqual(textsOf(mine.charter))
        const evidence = (text: string) => mine.charter.criteria.map((c: any) => ({ criterion_key: c.key, evidence: `${text} ${c.title}`, photos: [] }))
        const missing = evidence("Lo facciamo così:").map((a: any) => (a.criterion_key === "fair_pay" ? { ...a, evidence: "" } : a))
        const noEvidence = await attempt(api.post("/vendor/brand/adherence", { adherence: missing }, shop))
        expect(noEvidence.status).toBe(400)
        expect(noEvidence.data.message).toContain("adherence.fair_pay: evidence is required")
        const badPhoto = await attempt(api.post("/vendor/brand/adherence", { adherence: [{ criterion_key: "fair_pay", evidence: "x".repeat(20), photos: ["not a url"] }] }, shop))
        expect(badPhoto.status).toBe(400)
        expect((await api.get("/vendor/brand/adherence", shop)).data.certification.adherence).toEqual(mine.certification.adherence)

        // a new shop has nothing yet; its first adherence goes to the coordinators' queue
        const newcomer = await applyAsArtisan(api, "vetri-nuovi")
        expect((await api.get("/vendor/brand/adherence", newcomer.headers)).data).toMatchObject({ certification: null, certificate: null, certified: false, renewal_required: false })
        const { data: firstAdherence } = await api.post("/vendor/brand/adherence", { adherence: evidence("Da noi:") }, newcomer.headers)
        expect(firstAdherence.certification).toMatchObject({ status: "submitted", charter_version: 1 })
        expect(firstAdherence.certification.adherence).toHaveLength(5)

        // coordinators: reason required to ask for changes; ask → resubmit with photos → approve
        const { data: queue } = await api.get("/admin/brand/certifications?status=submitted", district.admin)
        const cert = queue.certifications.find((c: any) => c.vendor?.handle === PENDING.handle)
        expect(cert.charter_version).toBe(1)
        expect((await attempt(api.post(`/admin/brand/certifications/${cert.id}/request-changes`, {}, district.admin))).status).toBe(400)
        expect((await attempt(api.post(`/admin/brand/certifications/${cert.id}/suspend`, {}, district.admin))).status).toBe(404)
        const { data: asked } = await api.post(`/admin/brand/certifications/${cert.id}/request-changes`, { reason: "Aggiungete una foto del laboratorio" }, district.admin)
        expect(asked.certification).toMatchObject({ status: "changes_requested", review_note: "Aggiungete una foto del laboratorio" })
        expect((await attempt(api.post(`/admin/brand/certifications/${cert.id}/approve`, {}, district.admin))).status).toBe(400)
        const withPhotos = evidence("Ecco come:").map((a: any) => ({ ...a, photos: ["http://localhost:9000/static/officina.jpg"] }))
        const { data: resubmitted } = await api.post("/vendor/brand/adherence", { adherence: withPhotos }, shop)
        expect(resubmitted.certification.status).toBe("submitted")
        const { data: approved } = await api.post(`/admin/brand/certifications/${cert.id}/approve`, { validity_months: 12 }, district.admin)
        expect(approved.certification.status).toBe("approved")
        // the cards' copy follows the review in the same request (certified shop, no product claimed yet: no mark)
        const reviewed = await cardCopiesAndLinks(api, district.store, bikes.map((p) => p.id))
        expect(reviewed.copies).toEqual(reviewed.links)
        const until = new Date(approved.certification.valid_until)
        // the artisan hears each decision by e-mail, with the coordinators' note
        const told = await waitFor("review e-mails", async () => {
          const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "brand-certification-reviewed", to: PENDING.email })
          return sent.length === 2 && sent
        })
        expect(told.map((n: any) => n.data.status).sort()).toEqual(["approved", "changes_requested"])
        expect(told.find((n: any) => n.data.status === "changes_requested").data.note).toBe("Aggiungete una foto del laboratorio")
        expect(Math.round((until.getTime() - Date.now()) / 86_400_000)).toBeGreaterThanOrEqual(364)

        // per-product claims: negative parts or parts above the artisan's share → 400 nothing written; someone else's product → 404
        const bike = bikes[0]
        expect((await attempt(api.post(`/vendor/brand/products/${bike.id}`, { criteria: ["made_in_district"], parts: { materials: -5 } }, shop))).status).toBe(400)
        const tooMuch = await attempt(api.post(`/vendor/brand/products/${bike.id}`, { criteria: ["made_in_district"], parts: { materials: 10_000_000 } }, shop))
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("exceed")
        expect((await attempt(api.post(`/vendor/brand/products/${bike.id}`, { criteria: ["made_on_mars"] }, shop))).status).toBe(400)
        expect((await api.get("/vendor/brand/products", shop)).data.claims).toEqual([])
        expect((await attempt(api.post(`/vendor/brand/products/${bread[0].id}`, { criteria: ["made_in_district"] }, shop))).status).toBe(404)
        const price = bike.brand.price_breakdown.price
        const { data: claimed } = await api.post(`/vendor/brand/products/${bike.id}`, { criteria: ["made_in_district", "low_waste"], parts: { materials: Math.floor(price * 0.2), labour: Math.floor(price * 0.3) } }, shop)
        expect(claimed.brand.certified).toBe(true)
        const { data: inStore } = await api.get(`/store/products/${bike.id}?region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
        expect(inStore.product.brand.certified).toBe(true)
        expect(inStore.product.brand.criteria.map((c: any) => c.title)).toEqual(["Fatto nel quartiere", "Imballaggi ridotti"])
        expect(inStore.product.brand.price_breakdown.lines.map((l: any) => l.key)).toEqual(["materials", "labour", "margin", "commission", "fund", "delivery", "vat"])
        expect(breakdownSum(inStore.product.brand.price_breakdown)).toBe(price)
        expect((await api.get("/store/brand/products", district.store)).data.product_ids).toContain(bike.id)
        // the claim's refresh wrote the card's copy before answering: the mark on the card at once
        const marked = await cardCopiesAndLinks(api, district.store, [bike.id])
        expect(marked.copies).toEqual(marked.links)
        expect(marked.copies[0].certified).toBe(true)

        // a new charter version: duplicate keys → 400; publish → certified shops are asked to renew, keeping the mark meanwhile
        // (the packaging criterion reworded: its English is not carried over, the others' is)
        const reworded = "Imballaggi ridotti al minimo"
        const criteria = [
          ...pub.charter.criteria.map(({ key, title, description }: any) => ({ key, title: key === "low_waste" ? reworded : title, description })),
          { key: "repair", title: "Riparabile", description: "Si può riparare" },
        ]
        expect((await attempt(api.post("/admin/brand/charters", { criteria: [...criteria, criteria[0]] }, district.admin))).status).toBe(400)
        const { data: draft } = await api.post("/admin/brand/charters", { criteria }, district.admin)
        expect(draft.charter).toMatchObject({ version: 2, published_at: null })
        // the draft edited again: the same version, each criterion the same row (its translations follow it)
        const idsOf = (charter: any) => Object.fromEntries(charter.criteria.map((c: any) => [c.key, c.id]))
        const { data: edited } = await api.post(
          "/admin/brand/charters",
          { criteria: criteria.map((c: any) => (c.key === "repair" ? { ...c, description: "Si ripara in bottega" } : c)) },
          district.admin
        )
        expect(edited.charter.id).toBe(draft.charter.id)
        expect(idsOf(edited.charter)).toEqual(idsOf(draft.charter))
        expect(edited.charter.criteria.at(-1)).toMatchObject({ key: "repair", description: "Si ripara in bottega" })
        expect((await api.get("/store/brand/charter", district.store)).data.charter.version).toBe(1)
        await api.post(`/admin/brand/charters/${draft.charter.id}/publish`, {}, district.admin)
        expect((await api.get("/store/brand/charter", district.store)).data.charter.version).toBe(2)
        const v2 = (await api.get("/store/brand/charter", english)).data.charter
        expect(Object.fromEntries(v2.criteria.map((c: any) => [c.key, c.title]))).toEqual({
          made_in_district: CHARTER_V1_EN.made_in_district.title,
          fair_pay: CHARTER_V1_EN.fair_pay.title,
          local_materials: CHARTER_V1_EN.local_materials.title,
          low_waste: reworded,
          inclusion: CHARTER_V1_EN.inclusion.title,
          repair: "Riparabile",
        })
        const forno = await vendorLogin(api, "forno@sannazaro.demo")
        const { data: renew } = await api.get("/vendor/brand/adherence", forno)
        expect(renew).toMatchObject({ certified: true, renewal_required: true, certification: null })
        expect(renew.certificate.charter_version).toBe(1)
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const renewalMails = await waitFor("renewal e-mails", async () => {
          const sent = await notifications.listNotifications({ template: "brand-charter-renewal" })
          return sent.length >= 10 && sent
        })
        expect(renewalMails.map((n: any) => n.to)).toContain("forno@sannazaro.demo")
        expect(renewalMails.find((n: any) => n.to === "forno@sannazaro.demo").data).toMatchObject({ version: 2 })

        // a month before the end: one reminder through the notification module; after the end: expired, mark gone
        const container = getContainer()
        const before = new Date(until.getTime() - 10 * 86_400_000)
        const first = await expireCertificationsWorkflow(container).run({ input: { now: before } })
        expect(first.result.expired).toEqual([])
        expect(first.result.reminded).toContain(cert.id)
        const again = await expireCertificationsWorkflow(container).run({ input: { now: before } })
        expect(again.result.reminded).toEqual([])
        const sent = await notifications.listNotifications({ template: "brand-certificate-expiring", to: PENDING.email })
        expect(sent).toHaveLength(1)

        const after = new Date(until.getTime() + 86_400_000)
        const { result } = await expireCertificationsWorkflow(container).run({ input: { now: after } })
        expect(result.expired).toContain(cert.id)
        // (expire moved them to "expired" and took the mark off their products in the same workflow)
        const { data: gone } = await api.get(`/store/products/${bike.id}?region_id=${district.regionId}&fields=*variants.calculated_price`, district.store)
        expect(gone.product.brand).toMatchObject({ certified: false, criteria: [] })
        const lapsed = await cardCopiesAndLinks(api, district.store, [bike.id])
        expect(lapsed.copies).toEqual(lapsed.links)
        expect(lapsed.copies[0].certified).toBe(false)
        expect((await api.get("/store/brand/products", district.store)).data.product_ids).not.toContain(bike.id)
        expect((await api.get("/store/brand/charter", district.store)).data.makers.map((m: any) => m.handle)).not.toContain(PENDING.handle)
        expect((await api.get("/vendor/brand/adherence", shop)).data).toMatchObject({ certified: false, certificate: null })
      })
    })
  },
})
