import { z } from "@medusajs/framework/zod"
import { httpUrl, isHttpUrl } from "../url"

describe("isHttpUrl", () => {
  it.each(["https://example.org/a.png", "http://localhost:9000/static/x.webp", "HTTPS://EXAMPLE.ORG"])("accepts %s", (url) => {
    expect(isHttpUrl(url)).toBe(true)
  })

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "//evil.example/x.png",
    "/static/x.png",
    "http://",
    "",
  ])("refuses %j", (url) => {
    expect(isHttpUrl(url)).toBe(false)
  })
})

describe("httpUrl", () => {
  const schema = z.object({ logo_url: httpUrl("logo_url") }).strict()

  it("names the field in the message when it refuses", () => {
    const result = schema.safeParse({ logo_url: "javascript:alert(document.cookie)" })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0].message).toMatch(/^logo_url: /)
  })

  it("trims and keeps a web address", () => {
    expect(schema.parse({ logo_url: "  https://example.org/logo.png " })).toEqual({ logo_url: "https://example.org/logo.png" })
  })
})
