import { cardOf, closureOn, groupByMaker, makerOf, osmLink, romeDay } from "../makers"

type Line = { id: string; product: { vendor?: { id: string; handle: string; name: string } | null } | null }

const line = (id: string, maker?: { id: string; handle: string; name: string }): Line => ({
  id,
  product: maker ? { vendor: maker } : { vendor: null },
})

const forno = { id: "ven_1", handle: "forno-san-nazaro", name: "Forno San Nazaro" }
const miele = { id: "ven_2", handle: "apicoltura-adige", name: "Apicoltura Adige" }

describe("groupByMaker", () => {
  it("groups cart lines by maker in the order makers first appear", () => {
    const groups = groupByMaker([line("a", forno), line("b", miele), line("c", forno)], (l) => l.product)
    expect(groups.map((g) => [g.maker.name, g.items.map((i) => i.id)])).toEqual([
      ["Forno San Nazaro", ["a", "c"]],
      ["Apicoltura Adige", ["b"]],
    ])
  })

  it("puts lines without a maker last, in one group", () => {
    const groups = groupByMaker([line("x"), line("a", miele), line("y")], (l) => l.product)
    expect(groups.map((g) => [g.maker.handle, g.items.map((i) => i.id)])).toEqual([
      ["apicoltura-adige", ["a"]],
      ["", ["x", "y"]],
    ])
  })

  it("returns no groups for an empty cart", () => {
    expect(groupByMaker([], (l: Line) => l.product)).toEqual([])
  })
})

describe("makerOf", () => {
  it("reads the product's vendor", () => {
    expect(makerOf({ vendor: forno })).toEqual(forno)
  })

  it("reads the brand row's maker (what the shop's product queries name), before the vendor", () => {
    expect(makerOf({ brand: { certified: true, maker: miele } })).toEqual(miele)
    expect(makerOf({ brand: { maker: miele }, vendor: forno })).toEqual(miele)
    expect(makerOf({ brand: { certified: false, maker: null }, vendor: forno })).toEqual(forno)
  })

  it("falls back to the name when the handle is missing, and to nothing without a vendor", () => {
    expect(makerOf({ vendor: { name: "Sartoria Veronetta" } })).toEqual({ handle: "Sartoria Veronetta", name: "Sartoria Veronetta" })
    expect(makerOf({ vendor: null })).toEqual({ handle: "", name: "" })
    expect(makerOf(null)).toEqual({ handle: "", name: "" })
  })
})

describe("cardOf", () => {
  const copy = (maker: { handle: string; name: string } | null, certified: boolean) => ({ metadata: { featured: true, rbv_brand_card: { maker, certified } } })

  it("reads the brand plugin's copy in the product's metadata (what the shop's cards ask for)", () => {
    expect(cardOf(copy({ handle: miele.handle, name: miele.name }, true))).toEqual({ maker: { handle: miele.handle, name: miele.name }, certified: true })
    expect(cardOf(copy(null, false))).toEqual({ maker: { handle: "", name: "" }, certified: false })
  })

  it("prefers the copy to the links, and reads the links of a product without one", () => {
    expect(cardOf({ ...copy({ handle: miele.handle, name: miele.name }, false), brand: { certified: true, maker: forno } })).toEqual({
      maker: { handle: miele.handle, name: miele.name },
      certified: false,
    })
    expect(cardOf({ metadata: { featured: true }, brand: { certified: true, maker: forno } })).toEqual({ maker: forno, certified: true })
    expect(cardOf({ metadata: null, vendor: forno })).toEqual({ maker: forno, certified: false })
    expect(cardOf({ metadata: { rbv_brand_card: "not a copy" } })).toEqual({ maker: { handle: "", name: "" }, certified: false })
  })
})

describe("closureOn", () => {
  const closure = { closure_from: "2026-08-01T00:00:00.000Z", closure_to: "2026-08-20T00:00:00.000Z", closure_note: " Torniamo con il pane nuovo " }

  it("is in force from the first to the last day, both included (Rome time)", () => {
    expect(closureOn(closure, new Date("2026-08-01T08:00:00Z"))).toEqual({ until: closure.closure_to, note: "Torniamo con il pane nuovo" })
    expect(closureOn(closure, new Date("2026-08-20T20:00:00Z"))).not.toBeNull()
  })

  it("is not shown before or after the closure, or without an end date", () => {
    expect(closureOn(closure, new Date("2026-07-31T12:00:00Z"))).toBeNull()
    expect(closureOn(closure, new Date("2026-08-21T12:00:00Z"))).toBeNull()
    expect(closureOn({ ...closure, closure_to: null }, new Date("2026-08-05T12:00:00Z"))).toBeNull()
  })

  it("starts today when only the end date is set, and drops an empty note", () => {
    expect(closureOn({ closure_from: null, closure_to: "2026-08-20", closure_note: "" }, new Date("2026-08-10T12:00:00Z"))).toEqual({
      until: "2026-08-20",
      note: null,
    })
  })
})

describe("romeDay / osmLink", () => {
  it("uses the Rome calendar day", () => {
    expect(romeDay(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24")
  })

  it("builds an OpenStreetMap link only with both coordinates", () => {
    expect(osmLink(45.44412, 11.00401)).toBe("https://www.openstreetmap.org/?mlat=45.44412&mlon=11.00401#map=18/45.44412/11.00401")
    expect(osmLink(null, 11)).toBeNull()
  })
})
