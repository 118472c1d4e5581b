import { apiMediaUrl, sameOriginImage } from "../media"

describe("sameOriginImage", () => {
  const api = "http://localhost:9000"
  it.each([
    // the API's stored photos come from the storefront's own origin…
    [`${api}/static/1733-pane.svg`, "/media/1733-pane.svg"],
    [`${api}/static/photo_01.webp`, "/media/photo_01.webp"],
    // …anything else stays as it is: another host, a CDN, a private file, a path, a query
    ["https://cdn.example.org/static/pane.jpg", "https://cdn.example.org/static/pane.jpg"],
    ["http://localhost:9001/static/pane.jpg", "http://localhost:9001/static/pane.jpg"],
    [`${api}/static/private-receipt.pdf`, `${api}/static/private-receipt.pdf`],
    [`${api}/static/a/b.jpg`, `${api}/static/a/b.jpg`],
    [`${api}/static/..%2Fsecrets`, `${api}/static/..%2Fsecrets`],
    [`${api}/static/pane.jpg?x=1`, `${api}/static/pane.jpg?x=1`],
    [`${api}/store/products`, `${api}/store/products`],
  ])("%s → %s", (url, expected) => {
    expect(sameOriginImage(url, api)).toBe(expected)
  })

  it("reads the backend URL with or without a trailing slash, and maps back to it", () => {
    expect(sameOriginImage("https://api.shop.example/static/k.png", "https://api.shop.example/")).toBe("/media/k.png")
    expect(apiMediaUrl("k.png", "https://api.shop.example/")).toBe("https://api.shop.example/static/k.png")
  })
})
