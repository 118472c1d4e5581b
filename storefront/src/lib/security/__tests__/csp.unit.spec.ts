import { contentSecurityPolicy, securityHeaders } from "../csp"

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]))

describe("contentSecurityPolicy", () => {
  it("trusts scripts only through the nonce, frames nothing and is framed by nobody", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", backendUrl: "http://localhost:9000" }))
    expect(csp["script-src"]).toEqual(expect.arrayContaining(["'nonce-abc123'", "'strict-dynamic'"]))
    expect(csp["script-src"]).not.toContain("'unsafe-inline'")
    expect(csp["script-src"]).not.toContain("'unsafe-eval'")
    expect(csp["frame-ancestors"]).toEqual(["'none'"])
    expect(csp["object-src"]).toEqual(["'none'"])
    expect(csp["img-src"]).toEqual(expect.arrayContaining(["http://localhost:9000", "https://tile.openstreetmap.org"]))
    // Stripe's own origins by default
    expect(csp["frame-src"]).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]))
    expect(csp["connect-src"]).toEqual(expect.arrayContaining(["'self'", "https://api.stripe.com"]))
  })

  it("without a nonce (a cached catalogue page) allows the page's inline scripts, never eval, and keeps the rest", () => {
    const cached = directives(contentSecurityPolicy({ backendUrl: "http://localhost:9000" }))
    const perRequest = directives(contentSecurityPolicy({ nonce: "abc123", backendUrl: "http://localhost:9000" }))
    expect(cached["script-src"]).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]))
    expect(cached["script-src"]).not.toContain("'strict-dynamic'")
    expect(cached["script-src"]).not.toContain("'unsafe-eval'")
    for (const name of Object.keys(perRequest).filter((n) => n !== "script-src")) expect(cached[name]).toEqual(perRequest[name])
  })

  it("follows STRIPE_JS_URL (the local fake in tests) and allows eval only in development", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "n", dev: true, stripeJsUrl: "http://127.0.0.1:12111/v3/" }))
    expect(csp["script-src"]).toEqual(expect.arrayContaining(["http://127.0.0.1:12111", "'unsafe-eval'"]))
    expect(csp["frame-src"]).toEqual(["http://127.0.0.1:12111"])
    expect(csp["connect-src"]).toContain("http://127.0.0.1:12111")
  })

  it("comes with nosniff, a referrer policy and no framing", () => {
    expect(securityHeaders("x")).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin" })
  })
})
