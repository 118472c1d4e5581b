import { localisedPath } from "../locale-path"

const at = (url: string, cookie?: string) => {
  const u = new URL(url, "http://shop.test")
  const { pathname, search } = localisedPath(u.pathname, u.searchParams, cookie)
  return `${pathname}${search.size ? `?${search}` : ""}`
}

describe("localisedPath (proxy.ts)", () => {
  it("puts the visitor's language first: the cookie's, Italian without one or with a wrong one", () => {
    expect(at("/")).toBe("/it")
    expect(at("/prodotti/pane", "en")).toBe("/en/prodotti/pane")
    expect(at("/carrello", "de")).toBe("/it/carrello")
    expect(at("/account/ordini/order_1?x=1", "en")).toBe("/en/account/ordini/order_1?x=1")
  })

  it("turns a search into a path, trimmed and with single spaces, and drops an empty one", () => {
    expect(at("/cerca?q=%20miele%20%20di%20acacia%20")).toBe(`/it/cerca/${encodeURIComponent("miele di acacia")}`)
    expect(at("/cerca?q=Pane&page=2", "en")).toBe("/en/cerca/Pane?page=2")
    expect(at("/cerca?q=%20%20")).toBe("/it/cerca")
    expect(at(`/cerca?q=${"a".repeat(150)}`)).toBe(`/it/cerca/${"a".repeat(100)}`)
  })

  it("turns the brand filter of a category into its sub-path, and ignores any other value", () => {
    expect(at("/categorie/pane-e-dolci?marchio=1")).toBe("/it/categorie/pane-e-dolci/marchio")
    expect(at("/categorie/pane-e-dolci?marchio=0")).toBe("/it/categorie/pane-e-dolci")
    expect(at("/categorie/pane-e-dolci/altro?marchio=1")).toBe("/it/categorie/pane-e-dolci/altro?marchio=1")
  })
})
