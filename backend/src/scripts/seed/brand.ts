import {
  disburseFromFundWorkflow,
  publishCharterWorkflow,
  reviewCertificationWorkflow,
  saveCharterDraftWorkflow,
  setProductClaimWorkflow,
  submitAdherenceWorkflow,
} from "@rbv/brand/workflows"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { makers, products as demoProducts } from "../demo-district"
import { query, SALES_CHANNEL_NAME, SeedContainer } from "./context"
import { uploadSvgs } from "./uploads"

const BRAND_MODULE = "brand"

/** Version 1 of the brand charter ("disciplinare del marchio"). */
export const CHARTER_V1 = [
  { key: "made_in_district", title: "Fatto nel quartiere", description: "Prodotto o lavorato a Veronetta (CAP 37129 e 37131), nel laboratorio dell'artigiano." },
  { key: "fair_pay", title: "Lavoro pagato il giusto", description: "Chi lavora è pagato almeno quanto prevede il contratto nazionale; nessun lavoro gratuito." },
  { key: "local_materials", title: "Materie prime vicine", description: "Le materie prime principali vengono da meno di 50 km, o sono di recupero." },
  { key: "low_waste", title: "Imballaggi ridotti", description: "Imballaggi riutilizzabili, compostabili o a rendere." },
  { key: "inclusion", title: "Inclusione sociale", description: "La bottega accoglie persone in percorsi di inserimento lavorativo, o collabora con chi lo fa." },
]

/** The charter's criteria in English, by key (Medusa's Translation Module, like the products). */
export const CHARTER_V1_EN: Record<string, { title: string; description: string }> = {
  made_in_district: { title: "Made in the district", description: "Made or worked in Veronetta (postcodes 37129 and 37131), in the maker's own workshop." },
  fair_pay: { title: "Fairly paid work", description: "Everyone who works is paid at least what the national contract sets; no unpaid work." },
  local_materials: { title: "Materials from nearby", description: "The main raw materials come from less than 50 km away, or are reclaimed." },
  low_waste: { title: "Less packaging", description: "Packaging that is reusable, compostable or returnable." },
  inclusion: { title: "Social inclusion", description: "The workshop takes on people in work-placement schemes, or works with those who do." },
}

/** The shop that applied for the mark and still waits for the coordinators. */
export const PENDING_CERTIFICATION_HANDLE = "ciclofficina-porta-vescovo"
export const VOUCHER_PRODUCT_HANDLE = "spesa-sospesa"

const evidenceFor = (name: string) => ({
  made_in_district: `${name} lavora nel proprio laboratorio di Veronetta: ogni pezzo nasce qui.`,
  fair_pay: `Da ${name} tutti hanno un contratto regolare e paga oraria sopra il minimo di categoria.`,
  local_materials: `${name} compra le materie prime principali da produttori della provincia di Verona.`,
  low_waste: `${name} usa carta riciclata e vasetti a rendere; nessuna plastica monouso.`,
  inclusion: `${name} ospita ogni anno un tirocinio con la cooperativa sociale del quartiere.`,
})

const CLAIM_SETS = [["made_in_district", "local_materials"], ["made_in_district", "low_waste"], ["made_in_district", "fair_pay", "local_materials"]]

async function seedCharter(container: SeedContainer) {
  const brand = container.resolve(BRAND_MODULE) as any
  const [existing] = await brand.listCharterVersions({}, { take: 1 })
  if (existing) return
  const { result } = await saveCharterDraftWorkflow(container).run({
    input: { criteria: CHARTER_V1, notes: "Prima versione, approvata dall'assemblea della Rete." },
  })
  await publishCharterWorkflow(container).run({ input: { id: result.id } })
  await container.resolve(Modules.TRANSLATION).createTranslations(
    result.criteria.map((c: { id: string; key: string }) => ({
      reference: "charter_criterion",
      reference_id: c.id,
      locale_code: ENGLISH_CONTENT_LOCALE,
      translations: CHARTER_V1_EN[c.key],
    }))
  )
}

async function seedCertifications(container: SeedContainer, vendorIdOf: Map<string, string>) {
  const brand = container.resolve(BRAND_MODULE) as any
  for (const maker of makers) {
    const vendorId = vendorIdOf.get(maker.handle)
    if (!vendorId) continue
    const [existing] = await brand.listCertifications({ vendor_id: vendorId }, { take: 1 })
    if (existing) continue
    const evidence = evidenceFor(maker.name) as Record<string, string>
    const { result } = await submitAdherenceWorkflow(container).run({
      input: { vendor_id: vendorId, adherence: CHARTER_V1.map((c) => ({ criterion_key: c.key, evidence: evidence[c.key], photos: [] })) },
    })
    if (maker.handle === PENDING_CERTIFICATION_HANDLE) continue
    await reviewCertificationWorkflow(container).run({ input: { id: result.id, action: "approve", validity_months: 12 } })
  }
}

/** Every certified shop's products claim some criteria; the first of each (in the demo data) also states its price parts. */
async function seedProductClaims(container: SeedContainer, vendorIdOf: Map<string, string>) {
  const brand = container.resolve(BRAND_MODULE) as any
  const { data: products } = await query(container).graph({
    entity: "product",
    fields: ["id", "handle", "metadata", "variants.prices.amount", "variants.prices.currency_code"],
  })
  const claimed = new Set((await brand.listProductClaims({}, { select: ["product_id"] })).map((c: { product_id: string }) => c.product_id))
  // the first product of each maker in the demo data (e.g. the sourdough loaf) states its parts
  const firstOfMaker = new Set(makers.map((m) => demoProducts.find((p) => p.maker === m.handle)?.handle).filter(Boolean))
  for (const [i, product] of (products as any[]).entries()) {
    const handle = product.metadata?.maker_handle as string | undefined
    const vendorId = handle && vendorIdOf.get(handle)
    if (!vendorId || handle === PENDING_CERTIFICATION_HANDLE || claimed.has(product.id)) continue
    const prices = (product.variants ?? []).flatMap((v: any) => v.prices ?? []).filter((p: any) => p.currency_code === "eur").map((p: any) => Math.round(Number(p.amount) * 100))
    const first = firstOfMaker.has(product.handle)
    // Materials and labour well inside the artisan's part at any VAT rate and today's shares.
    const price = prices.length ? Math.min(...prices) : 0
    const parts = first && price ? { materials: Math.floor(price * 0.25), labour: Math.floor(price * 0.3) } : null
    await setProductClaimWorkflow(container).run({ input: { vendor_id: vendorId, product_id: product.id, criteria: CLAIM_SETS[i % CLAIM_SETS.length], parts } })
  }
}

const BASKET_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" role="img" aria-label="Cesto della spesa sospesa">
<rect width="400" height="300" fill="#f4ead5"/><path d="M90 140h220l-25 110H115z" fill="#b5773b"/><path d="M140 140a60 60 0 0 1 120 0" fill="none" stroke="#7a4a1e" stroke-width="10"/>
<circle cx="170" cy="125" r="22" fill="#c0392b"/><circle cx="215" cy="118" r="20" fill="#e2b13c"/><ellipse cx="250" cy="128" rx="26" ry="14" fill="#6b8e23"/></svg>`

/** "Spesa sospesa": a basket any resident can pay for; each one bought becomes a voucher. */
async function seedVoucherProduct(container: SeedContainer) {
  const q = query(container)
  const { data: existing } = await q.graph({ entity: "product", fields: ["id"], filters: { handle: VOUCHER_PRODUCT_HANDLE } })
  if (existing.length) return
  const { data: channels } = await q.graph({ entity: "sales_channel", fields: ["id"], filters: { name: SALES_CHANNEL_NAME } })
  const { data: profiles } = await q.graph({ entity: "shipping_profile", fields: ["id"] })
  const { data: categories } = await q.graph({ entity: "product_category", fields: ["id"], filters: { handle: "frutta-e-verdura" } })
  const [thumbnail] = await uploadSvgs(container, [{ name: `${VOUCHER_PRODUCT_HANDLE}.svg`, svg: BASKET_SVG }])
  await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Spesa sospesa",
          subtitle: "Un cesto di spesa per una famiglia del quartiere",
          handle: VOUCHER_PRODUCT_HANDLE,
          description:
            "Paghi un cesto di prodotti della Rete (pane, verdura, miele, caffè) che una famiglia segnalata dai servizi sociali ritira gratis al punto di ritiro. Solo il coordinamento sa chi la riceve.",
          status: ProductStatus.PUBLISHED,
          thumbnail,
          images: [{ url: thumbnail }],
          category_ids: categories.map((c: { id: string }) => c.id),
          shipping_profile_id: profiles[0]?.id,
          sales_channels: channels[0] ? [{ id: channels[0].id }] : [],
          metadata: { rbv_voucher: true },
          options: [{ title: "Cesto", values: ["Cesto da 25 €"] }],
          variants: [
            { title: "Cesto da 25 €", sku: "SPESA-SOSPESA-25", options: { Cesto: "Cesto da 25 €" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 25 }] },
          ],
        },
      ],
    },
  })
}

/** Four months of the fund: monthly totals of shares and round-ups, and what was paid out. */
async function seedFundHistory(container: SeedContainer) {
  const brand = container.resolve(BRAND_MODULE) as any
  // demo orders may already have paid into the fund: the history is the part without an order
  const [history] = await brand.listFundEntries({ order_id: null }, { take: 1 })
  if (history) return
  const monthStart = (back: number, day: number) => {
    const d = new Date()
    d.setUTCDate(1)
    d.setUTCMonth(d.getUTCMonth() - back)
    d.setUTCDate(day)
    d.setUTCHours(18, 0, 0, 0)
    return d
  }
  const months = [
    { back: 4, shares: 3_840, roundups: 1_270 },
    { back: 3, shares: 4_515, roundups: 1_655 },
    { back: 2, shares: 5_120, roundups: 2_040 },
    { back: 1, shares: 4_890, roundups: 1_835 },
  ]
  for (const m of months) {
    await brand.createFundEntries([
      { kind: "contribution", amount: m.shares, purpose: "Quota degli ordini pagati nel mese", occurred_at: monthStart(m.back, 28) },
      { kind: "roundup", amount: m.roundups, purpose: "Arrotondamenti dei residenti nel mese", occurred_at: monthStart(m.back, 28) },
    ])
  }
  const disbursements = [
    { back: 3, amount: 4_000, purpose: "Merende per il doposcuola di via XX Settembre", beneficiary_project: "Doposcuola Veronetta" },
    { back: 1, amount: 6_500, purpose: "Cinque spese sospese per le famiglie del quartiere", beneficiary_project: "Spesa sospesa" },
  ]
  for (const d of disbursements) {
    await disburseFromFundWorkflow(container).run({ input: { amount: d.amount, purpose: d.purpose, beneficiary_project: d.beneficiary_project, occurred_at: monthStart(d.back, 15) } })
  }
}

/** The shared brand: charter v1, most makers certified (one waiting), claims, the fund's history. */
export async function seedBrand(container: SeedContainer) {
  const { data: vendors } = await query(container).graph({ entity: "vendor", fields: ["id", "handle", "status"] })
  const vendorIdOf = new Map((vendors as any[]).filter((v) => v.status === "approved").map((v) => [v.handle, v.id]))
  await seedCharter(container)
  await seedCertifications(container, vendorIdOf)
  await seedProductClaims(container, vendorIdOf)
  await seedVoucherProduct(container)
  await seedFundHistory(container)
}
