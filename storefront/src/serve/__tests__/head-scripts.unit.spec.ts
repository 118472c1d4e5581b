import vm from "node:vm"
import { deferHeadScripts } from "../head-scripts.mjs"

const NEXT_HEAD =
  '<!DOCTYPE html><html lang="it"><head><meta charSet="utf-8"/><link rel="preload" href="http://api/static/a.svg" as="image" fetchPriority="high"/>' +
  '<style>body{color:red}</style><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>' +
  '<title>Rete</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>'

/** Runs the loader of a rewritten head in a pretend document; returns the scripts it appended. */
function runLoader(head: string, { readyState = "loading" } = {}) {
  const code = head.match(/<script(?: nonce="[^"]*")?>(\(function\(s\).*?)<\/script>/)?.[1]
  if (!code) throw new Error("no loader")
  const appended: Record<string, string>[] = []
  const listeners: Record<string, () => void> = {}
  const frames: (() => void)[] = []
  const timers: { fn: () => void; ms: number }[] = []
  const document = {
    readyState,
    addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
    createElement: () => {
      const attributes: Record<string, string> = {}
      return { attributes, setAttribute: (name: string, value: string) => (attributes[name] = value) }
    },
    head: { appendChild: (e: { attributes: Record<string, string> }) => appended.push(e.attributes) },
  }
  vm.runInNewContext(code, {
    document,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  })
  return { appended, listeners, frames, timers }
}

describe("deferHeadScripts", () => {
  it("takes Next's async scripts and their preload hints out of the head, and keeps the rest in place", () => {
    const out = deferHeadScripts(NEXT_HEAD)
    expect(out).not.toContain('<script src="/_next/static/chunks/a.js"')
    expect(out).not.toContain('<script src="/_next/static/chunks/b.js"')
    expect(out).not.toContain('href="/_next/static/chunks/b.js"')
    // The body's bootstrap script stays where React put it, and so does its hint; the polyfill too.
    expect(out).toContain('href="/_next/static/chunks/boot.js"')
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>')
    expect(out).toContain('<link rel="preload" href="http://api/static/a.svg" as="image" fetchPriority="high"/>')
    expect(out.endsWith("</script></head>")).toBe(true)
  })

  it("starts the scripts in their order after the document is parsed and a frame is drawn", () => {
    const { appended, listeners, frames, timers } = runLoader(deferHeadScripts(NEXT_HEAD))
    expect(appended).toEqual([])
    listeners.DOMContentLoaded()
    expect(appended).toEqual([])
    frames.forEach((f) => f())
    timers.find((t) => t.ms === 0)!.fn()
    expect(appended).toEqual([
      { src: "/_next/static/chunks/a.js", async: "" },
      { src: "/_next/static/chunks/b.js", async: "" },
    ])
    // The fallback timer (a hidden tab draws no frame) does not start them twice.
    timers.find((t) => t.ms === 1000)!.fn()
    expect(appended).toHaveLength(2)
  })

  it("starts them without a frame in a hidden tab, after the fallback timer", () => {
    const { appended, timers } = runLoader(deferHeadScripts(NEXT_HEAD), { readyState: "interactive" })
    timers.find((t) => t.ms === 1000)!.fn()
    expect(appended.map((a) => a.src)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"])
  })

  it("keeps the nonce of a page rendered per request on the loader and on each script", () => {
    const head = NEXT_HEAD.replace(/ async=""><\/script>/g, ' async="" nonce="Tm9uY2U="></script>')
    const out = deferHeadScripts(head)
    expect(out).toContain('<script nonce="Tm9uY2U=">(function(s)')
    const { appended, listeners, frames, timers } = runLoader(out)
    listeners.DOMContentLoaded()
    frames.forEach((f) => f())
    timers.forEach((t) => t.fn())
    expect(appended[0]).toEqual({ src: "/_next/static/chunks/a.js", async: "", nonce: "Tm9uY2U=" })
  })

  it("leaves a head without async scripts, and inline or typed scripts, as they are", () => {
    const head = '<html><head><script>self.x=1</script><script type="module" src="/m.js" async=""></script><title>x</title></head>'
    expect(deferHeadScripts(head)).toBe(head)
  })

  it("cannot be broken out of by a script address", () => {
    const head = '<html><head><script src="/a.js?x=&lt;/script&gt;" async=""></script></head>'
    const out = deferHeadScripts(head)
    expect(out.match(/<\/script>/g)).toHaveLength(1)
    expect(out).toContain("\\u003c/script>")
  })
})
