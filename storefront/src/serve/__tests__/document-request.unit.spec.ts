import { isDocumentRequest } from "../document-request.mjs"

const page = { method: "GET", url: "/prodotti/miele", headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } }

describe("isDocumentRequest", () => {
  it("is a browser loading a page", () => {
    expect(isDocumentRequest(page)).toBe(true)
    expect(isDocumentRequest({ ...page, url: "/cerca?q=miele" })).toBe(true)
  })

  it("is not Next's RSC requests, built files, API routes or relayed photos", () => {
    expect(isDocumentRequest({ ...page, headers: { ...page.headers, rsc: "1" } })).toBe(false)
    expect(isDocumentRequest({ ...page, url: "/prodotti/miele?_rsc=abc12" })).toBe(false)
    expect(isDocumentRequest({ ...page, headers: { ...page.headers, "next-router-prefetch": "1" } })).toBe(false)
    expect(isDocumentRequest({ ...page, method: "POST", headers: { ...page.headers, "next-action": "7f" } })).toBe(false)
    expect(isDocumentRequest({ ...page, url: "/_next/static/chunks/a.js" })).toBe(false)
    expect(isDocumentRequest({ ...page, method: "POST", url: "/api/revalidate" })).toBe(false)
    expect(isDocumentRequest({ ...page, url: "/media/foto.jpg" })).toBe(false)
    expect(isDocumentRequest({ ...page, headers: { accept: "*/*" } })).toBe(false)
  })
})
