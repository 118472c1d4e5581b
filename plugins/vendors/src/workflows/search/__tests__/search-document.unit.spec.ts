import { foldText, searchTerms } from "../../../modules/search/search-terms"
import { searchSql } from "../../../modules/search/search-sql"
import { searchDocumentOf, type SearchSourceProduct } from "../search-document"

const product = (overrides: Partial<SearchSourceProduct> = {}): SearchSourceProduct => ({
  id: "prod_1",
  handle: "bici-citta",
  title: "Bici da città",
  subtitle: "Revisionata",
  description: "Telaio d'acciaio",
  status: "published",
  thumbnail: null,
  tags: [{ value: "bicicletta" }],
  categories: [{ name: "Bici e riparazioni", handle: "bici-e-riparazioni" }],
  vendor: { id: "ven_1", handle: "ciclofficina", name: "Ciclofficina Porta Vescovo", status: "approved", craft: "riparazione bici" },
  ...overrides,
})

describe("search terms", () => {
  it("folds case and accents and keeps only letters and digits, so nothing typed is tsquery syntax", () => {
    expect(foldText("  CAFFÈ  Città ")).toBe("caffe citta")
    expect(searchTerms("miele & | ! ( ) :* 'x' 500g miele")).toEqual(["miele", "x", "500g"])
    expect(searchTerms("%_\\ -- ;")).toEqual([])
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8)
  })
})

describe("searchDocumentOf", () => {
  it("indexes a published product of an approved shop with its words folded", () => {
    const doc = searchDocumentOf(product())!
    expect(doc).toMatchObject({ product_id: "prod_1", search_title: "bici da citta", category_handles: ["bici-e-riparazioni"], vendor_handle: "ciclofficina", tags: "bicicletta" })
    expect(doc.search_text).toContain("riparazione bici")
    expect(doc.search_text).toContain("telaio d'acciaio")
  })

  it("leaves out drafts and the products of shops that are not approved, keeps the network's own", () => {
    expect(searchDocumentOf(product({ status: "draft" }))).toBeNull()
    for (const status of ["pending", "rejected", "suspended"]) {
      expect(searchDocumentOf(product({ vendor: { ...product().vendor!, status } }))).toBeNull()
    }
    expect(searchDocumentOf(product({ vendor: null }))).toMatchObject({ vendor_id: null, vendor_handle: null })
  })
})

describe("searchSql", () => {
  it("binds every value (one binding per placeholder) and names no user text in the statement", () => {
    const params = { q: "miele'; drop", category: "miele-e-conserve", vendor: "apicoltura", only: ["p1"], except: ["p2"], limit: 5, offset: 10 }
    for (const trigram of [true, false]) {
      const { sql, bindings } = searchSql(params, { trigram })
      expect(sql.match(/\?/g)?.length).toBe(bindings.length)
      expect(sql).not.toContain("drop")
      expect(sql).not.toContain("apicoltura")
      expect(bindings.slice(-2)).toEqual([5, 10])
    }
    expect(searchSql({ q: "", limit: 5, offset: 0 }, { trigram: true }).sql).toContain("order by d.title asc")
  })
})
