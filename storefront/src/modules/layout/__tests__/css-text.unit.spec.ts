import fs from "node:fs"
import path from "node:path"

// The turbopack loader that gives SiteStyle the site's stylesheet as text (next.config.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cssText: (source: string) => string = require("../../../../loaders/css-text.cjs")

describe("css-text loader", () => {
  it("drops comments and white space but keeps a descendant combinator and strings", () => {
    const out = cssText(`/* why */\n.card  :focus-visible {\n  outline: 2px solid #1a5c3a;\n}\n.x::before { content: "a  b"; }\n`)
    expect(out).not.toContain("why")
    expect(out).toContain(".card :focus-visible")
    expect(out).toContain('"a  b"')
    expect(out).not.toMatch(/\n/)
  })

  it("gives the site's stylesheet smaller, with every custom property still defined", () => {
    const source = fs.readFileSync(path.join(__dirname, "../../../app/[locale]/globals.css"), "utf8")
    const out = cssText(source)
    expect(out.length).toBeLessThan(source.length * 0.85)
    const defined = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))
    expect(defined(out)).toEqual(defined(source))
  })
})
