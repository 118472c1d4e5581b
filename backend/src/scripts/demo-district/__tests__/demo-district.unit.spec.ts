import {
  categories,
  customers,
  escapeXml,
  makerLogoSvg,
  makers,
  motifs,
  productImageSvg,
  products,
  productsEn,
  catalogueWordsEn,
  categoryDescriptionsEn,
  craftsEn,
  applicants,
  residents,
} from "../index"
import type { DemoPlace, DemoProduct } from "../types"

const BOX = { latMin: 45.436, latMax: 45.452, lngMin: 10.998, lngMax: 11.015 }
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const v of values) (seen.has(v) ? dup : seen).add(v)
  return [...dup]
}

function expectInVeronetta(place: DemoPlace, who: string) {
  const problems: string[] = []
  if (!(place.lat >= BOX.latMin && place.lat <= BOX.latMax)) problems.push(`lat ${place.lat}`)
  if (!(place.lng >= BOX.lngMin && place.lng <= BOX.lngMax)) problems.push(`lng ${place.lng}`)
  if (place.postal_code !== "37129" && place.postal_code !== "37131") problems.push(`postcode ${place.postal_code}`)
  if (place.city !== "Verona" || place.province !== "VR") problems.push(`city ${place.city} ${place.province}`)
  if (!place.address_1.trim() || !/\d/.test(place.address_1)) problems.push(`address "${place.address_1}"`)
  expect({ who, problems }).toEqual({ who, problems: [] })
}

/** Minimal XML well-formedness check: balanced, properly nested tags; no raw "&" or "<" in text. */
function xmlProblems(svg: string): string[] {
  const problems: string[] = []
  if (!svg.startsWith("<svg")) problems.push("does not start with <svg")
  if (!svg.trimEnd().endsWith("</svg>")) problems.push("does not end with </svg>")
  const stack: string[] = []
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g
  let last = 0
  let m: RegExpExecArray | null
  while ((m = tag.exec(svg))) {
    const between = svg.slice(last, m.index)
    if (between.includes("<") || between.includes(">")) problems.push(`stray markup near ${m.index}: ${between.slice(0, 40)}`)
    last = tag.lastIndex
    const [, closing, name, , selfClosing] = m
    if (closing) {
      const open = stack.pop()
      if (open !== name) problems.push(`</${name}> closes <${open}>`)
    } else if (!selfClosing) {
      stack.push(name)
    }
  }
  if (svg.slice(last).trim()) problems.push("text after the root element")
  if (stack.length) problems.push(`unclosed: ${stack.join(",")}`)
  const badAmp = svg.match(/&(?!(amp|lt|gt|quot|apos|#\d+);)/g)
  if (badAmp) problems.push(`${badAmp.length} unescaped &`)
  return problems
}

describe("demo district data", () => {
  it("has enough of everything", () => {
    expect(makers.length).toBeGreaterThanOrEqual(8)
    expect(products.length).toBeGreaterThanOrEqual(40)
    expect(residents.length).toBeGreaterThanOrEqual(25)
    expect(categories.length).toBeGreaterThanOrEqual(8)
    expect(customers.length).toBeGreaterThanOrEqual(1)
  })

  it("uses unique kebab-case handles", () => {
    for (const list of [makers, categories, products]) {
      const handles = list.map((x) => x.handle)
      expect(duplicates(handles)).toEqual([])
      expect(handles.filter((h) => !KEBAB.test(h))).toEqual([])
    }
  })

  it("uses unique SKUs and unique .demo emails", () => {
    expect(duplicates(products.flatMap((p) => p.variants.map((v) => v.sku)))).toEqual([])
    const emails = [...makers.map((m) => m.email), ...customers.map((c) => c.email)].map((e) => e.toLowerCase())
    expect(duplicates(emails)).toEqual([])
    expect(emails.filter((e) => !/^[a-z0-9._-]+@[a-z0-9.-]+\.demo$/.test(e))).toEqual([])
    expect(customers.map((c) => c.email).filter((e) => !/^[a-z]+\.[a-z]+@residenti\.demo$/.test(e))).toEqual([])
  })

  it("links every product to an existing maker and category", () => {
    const makerHandles = new Set(makers.map((m) => m.handle))
    const categoryHandles = new Set(categories.map((c) => c.handle))
    expect(products.filter((p) => !makerHandles.has(p.maker)).map((p) => p.handle)).toEqual([])
    expect(products.filter((p) => !categoryHandles.has(p.category)).map((p) => p.handle)).toEqual([])
  })

  it("gives every maker at least three products and every category at least one", () => {
    for (const m of makers) {
      expect({ maker: m.handle, n: products.filter((p) => p.maker === m.handle).length >= 3 }).toEqual({
        maker: m.handle,
        n: true,
      })
    }
    const used = new Set(products.map((p) => p.category))
    expect(categories.filter((c) => !used.has(c.handle)).map((c) => c.handle)).toEqual([])
  })

  it("has variants whose options match the product options exactly", () => {
    const problems: string[] = []
    for (const p of products) {
      if (!p.variants.length) problems.push(`${p.handle}: no variants`)
      if (!p.options.length) problems.push(`${p.handle}: no options`)
      const titles = p.options.map((o) => o.title)
      if (duplicates(titles).length) problems.push(`${p.handle}: duplicate option titles`)
      for (const o of p.options) {
        if (!o.values.length || duplicates(o.values).length) problems.push(`${p.handle}: bad values for ${o.title}`)
      }
      const combos: string[] = []
      for (const v of p.variants) {
        const keys = Object.keys(v.options).sort()
        if (keys.join("|") !== [...titles].sort().join("|")) {
          problems.push(`${p.handle}/${v.sku}: options ${keys} ≠ ${titles}`)
          continue
        }
        for (const o of p.options) {
          if (!o.values.includes(v.options[o.title])) problems.push(`${p.handle}/${v.sku}: ${o.title}=${v.options[o.title]}`)
        }
        combos.push(titles.map((t) => v.options[t]).join("|"))
      }
      if (duplicates(combos).length) problems.push(`${p.handle}: two variants with the same options`)
      // every declared value is used by at least one variant
      for (const o of p.options) {
        for (const value of o.values) {
          if (!p.variants.some((v) => v.options[o.title] === value)) problems.push(`${p.handle}: ${o.title}=${value} unused`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it("has positive integer prices, sane stock and weights", () => {
    const problems: string[] = []
    for (const p of products) {
      if (!Number.isInteger(p.weight) || p.weight <= 0) problems.push(`${p.handle}: weight ${p.weight}`)
      for (const v of p.variants) {
        if (!Number.isInteger(v.price) || v.price <= 0) problems.push(`${v.sku}: price ${v.price}`)
        if (!Number.isInteger(v.stock) || v.stock < 0 || v.stock > 60) problems.push(`${v.sku}: stock ${v.stock}`)
        if (!v.title.trim()) problems.push(`${v.sku}: empty title`)
      }
    }
    expect(problems).toEqual([])
  })

  it("sells bread, cheese and vegetables by weight, each size priced at its estimated weight", () => {
    const weighed = products.filter((p) => p.weight_pricing)
    expect(new Set(weighed.map((p) => p.category))).toEqual(new Set(["pane-e-dolci", "olio-e-farine", "frutta-e-verdura"]))
    for (const p of weighed) {
      const { price_per_kg, unit_grams } = p.weight_pricing!
      expect(p.variants).toHaveLength(1)
      // euro per kg × kg, to the cent, half up
      expect(p.variants[0].price).toBe(Math.round((price_per_kg / 100) * (unit_grams / 1000) * 100 + 1e-9))
    }
  })

  it("shows at least one sold-out variant and a handful of featured products", () => {
    expect(products.some((p) => p.variants.some((v) => v.stock === 0))).toBe(true)
    const featured = products.filter((p) => p.featured).length
    expect(featured).toBeGreaterThanOrEqual(4)
    expect(featured).toBeLessThanOrEqual(12)
  })

  it("places makers and residents inside Veronetta", () => {
    for (const m of makers) expectInVeronetta(m.place, m.handle)
    residents.forEach((r, i) => expectInVeronetta(r.place, `resident ${i} ${r.first_name} ${r.last_name}`))
  })

  it("uses Italian phone numbers", () => {
    expect(makers.filter((m) => !/^\+39 0\d{1,3}( \d{3,4}){1,3}$/.test(m.phone)).map((m) => m.phone)).toEqual([])
    expect(residents.filter((r) => !/^\+39 3\d{2} \d{3} \d{4}$/.test(r.phone)).map((r) => r.phone)).toEqual([])
  })

  it("points every customer at an existing resident with a matching name", () => {
    for (const c of customers) {
      const r = residents[c.resident]
      expect(r).toBeDefined()
      expect(c.password).toBe("buonvivere")
      const slug = (s: string) => s.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")
      expect(c.email).toBe(`${slug(r.first_name)}.${slug(r.last_name)}@residenti.demo`)
    }
    expect(duplicates(customers.map((c) => String(c.resident)))).toEqual([])
  })

  it("writes stories in both languages", () => {
    for (const m of makers) {
      expect(m.story.length).toBeGreaterThan(80)
      expect(m.story_en.length).toBeGreaterThan(80)
      expect(m.story).not.toEqual(m.story_en)
    }
  })

  it("ships every product, option, value, variant and category in English", () => {
    expect(products.filter((p) => !productsEn[p.handle]).map((p) => p.handle)).toEqual([])
    for (const p of products) {
      const en = productsEn[p.handle]
      expect({ handle: p.handle, same: en.title === p.title || en.description === p.description }).toEqual({ handle: p.handle, same: false })
      expect({ handle: p.handle, subtitle: Boolean(en.subtitle) }).toEqual({ handle: p.handle, subtitle: Boolean(p.subtitle) })
    }
    // a word with no English entry must read the same in both languages: a size, a weight, a format
    const sameInEnglish = /^(Ø ?)?[\d,.]+ ?(g|kg|l|cm|ml)?( × [\d,.]+ cm)?$|^(XS|S|M|L|XL|A\d)( \(\d+ cm\))?$/
    const words = products.flatMap((p) => [...p.options.flatMap((o) => [o.title, ...o.values]), ...p.variants.map((v) => v.title)])
    expect([...new Set(words)].filter((w) => !catalogueWordsEn[w] && !sameInEnglish.test(w))).toEqual([])
    expect(categories.filter((c) => !categoryDescriptionsEn[c.handle] || !c.name_en).map((c) => c.handle)).toEqual([])
    expect([...makers, ...applicants].filter((m) => !craftsEn[m.craft]).map((m) => m.handle)).toEqual([])
  })
})

describe("demo district images", () => {
  it("knows every motif used by the products", () => {
    const known = new Set(motifs)
    expect(products.filter((p) => !known.has(p.image.motif)).map((p) => `${p.handle}: ${p.image.motif}`)).toEqual([])
    const hex = /^#[0-9a-fA-F]{6}$/
    expect(products.filter((p) => !hex.test(p.image.background) || !hex.test(p.image.accent)).map((p) => p.handle)).toEqual([])
  })

  it("renders every product as well-formed SVG with the escaped maker name", () => {
    for (const p of products) {
      const svg = productImageSvg(p)
      const maker = makers.find((m) => m.handle === p.maker)!
      expect({ product: p.handle, problems: xmlProblems(svg) }).toEqual({ product: p.handle, problems: [] })
      expect(svg).toContain('viewBox="0 0 800 800"')
      expect(svg).toContain(`>${escapeXml(maker.name)}</text>`)
      expect(svg).not.toMatch(/NaN|undefined|url\(http|@import|<image/)
    }
  })

  it("renders every motif, not only the ones in use", () => {
    const base = products[0]
    for (const motif of motifs) {
      const p: DemoProduct = { ...base, handle: `test-${motif}`, image: { ...base.image, motif } }
      expect({ motif, problems: xmlProblems(productImageSvg(p)) }).toEqual({ motif, problems: [] })
    }
  })

  it("escapes maker names with XML special characters", () => {
    const tricky = makers.filter((m) => /[&'<>"]/.test(m.name))
    expect(tricky.length).toBeGreaterThan(0) // e.g. "Orto & Dispensa", "dell'Acqua Morta"
    for (const m of tricky) {
      const p = products.find((x) => x.maker === m.handle)!
      const svg = productImageSvg(p)
      expect(svg).not.toContain(`>${m.name}<`)
      expect(xmlProblems(svg)).toEqual([])
    }
    expect(escapeXml(`<a & 'b' "c">`)).toBe("&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;")
  })

  it("throws on an unknown motif", () => {
    const p: DemoProduct = { ...products[0], image: { ...products[0].image, motif: "unicorn" } }
    expect(() => productImageSvg(p)).toThrow(/unicorn/)
  })

  it("renders a logo for every maker with a stable colour and initials", () => {
    for (const m of makers) {
      const svg = makerLogoSvg(m)
      expect(xmlProblems(svg)).toEqual([])
      expect(svg).toContain('viewBox="0 0 400 400"')
      expect(svg).toBe(makerLogoSvg(m))
      expect(svg).toMatch(/<text[^>]*>[A-Z]{1,3}<\/text>/)
    }
  })
})
