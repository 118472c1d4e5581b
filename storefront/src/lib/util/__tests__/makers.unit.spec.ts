import { groupByMaker, listMakers, makerOf } from "../makers"

type Line = { id: string; product: { metadata: Record<string, unknown> | null } | null }

const line = (id: string, maker?: { handle: string; name: string }): Line => ({
  id,
  product: maker ? { metadata: { maker_handle: maker.handle, maker_name: maker.name } } : { metadata: null },
})

const forno = { handle: "forno-san-nazaro", name: "Forno San Nazaro" }
const miele = { handle: "apicoltura-adige", name: "Apicoltura Adige" }

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

describe("makerOf / listMakers", () => {
  it("falls back to the name when the handle is missing", () => {
    expect(makerOf({ metadata: { maker_name: "Sartoria Veronetta" } })).toEqual({
      handle: "Sartoria Veronetta",
      name: "Sartoria Veronetta",
    })
  })

  it("lists each maker once with a product count, alphabetically", () => {
    const products = [line("1", miele), line("2", forno), line("3", miele), line("4")].map((l) => l.product)
    expect(listMakers(products)).toEqual([
      { ...miele, productCount: 2 },
      { ...forno, productCount: 1 },
    ])
  })
})
