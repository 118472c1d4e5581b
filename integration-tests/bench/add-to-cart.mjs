// Add-to-cart feedback for bench:web: a visitor on a phone presses "Aggiungi al carrello" on a
// product page; how long until the page shows that it heard (the status line), and until the
// server's answer is on screen (the "added" message and the header's cart count).
import { chromium, devices } from "@playwright/test"

const FLAGS = ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

const median = (xs) => {
  const s = xs.filter((x) => typeof x === "number").sort((a, b) => a - b)
  return s.length ? Math.round(s[Math.floor((s.length - 1) / 2)] * 10) / 10 : null
}

/**
 * Watches the page from the press on: the first frame painted after the status region shows any
 * text (optimistic feedback), after it shows the added message, and after the header's cart link
 * shows a count above zero. Installed before the press; times are relative to the pointerdown.
 */
function watch({ added }) {
  const marks = {}
  const status = () => document.querySelector(".product-actions [role=status]")?.textContent?.trim() ?? ""
  const alert = () => document.querySelector(".product-actions [role=alert]")?.textContent?.trim() ?? ""
  const count = () => Number((document.querySelector(".header-link--cart")?.textContent?.match(/\d+/) ?? ["0"])[0])
  // A mutation is seen before it is painted: the next animation frame is when it is on screen.
  const painted = (name) => requestAnimationFrame(() => (marks[name] ??= performance.now() - marks.press))
  const observer = new MutationObserver(() => {
    if (marks.press === undefined) return
    if (status()) painted("feedback")
    if (status().includes(added)) painted("answer")
    if (alert()) {
      marks.refused = alert()
      painted("answer")
    }
    if (count() > 0) painted("count")
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  document.addEventListener("pointerdown", (e) => (marks.press ??= e.timeStamp), { capture: true, once: true })
  window.__addToCartMarks = marks
}

/**
 * `clicks` presses, each from a fresh visitor (a new cart is created, the usual first add) on a
 * hydrated page (the header has asked for the visitor's cart count). With `cpuSlowdown`, the page's
 * CPU is slowed down as Lighthouse's mobile preset does (4×).
 */
export async function addToCartFeedback(productUrl, { clicks = 10, cpuSlowdown = 1, added = "Aggiunto al carrello." } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: FLAGS })
  const runs = []
  try {
    for (let i = 0; i < clicks; i++) {
      const context = await browser.newContext({ ...devices["Pixel 5"], locale: "it-IT" })
      const page = await context.newPage()
      if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown })
      await page.goto(productUrl)
      await page.locator(".header-link--cart", { hasText: /\d/ }).waitFor() // hydrated: the visitor's count came
      await page.evaluate(watch, { added })
      await page.getByRole("button", { name: "Aggiungi al carrello" }).click()
      await page.waitForFunction(() => window.__addToCartMarks.answer !== undefined, null, { timeout: 60_000 })
      await page.waitForFunction(() => window.__addToCartMarks.count !== undefined, null, { timeout: 5_000 }).catch(() => {})
      const marks = await page.evaluate(() => window.__addToCartMarks)
      if (marks.refused) throw new Error(`add to cart refused: ${marks.refused}`)
      runs.push(marks)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return {
    clicks: runs.length,
    cpu_slowdown: cpuSlowdown,
    feedback_ms: median(runs.map((r) => r.feedback)),
    answer_ms: median(runs.map((r) => r.answer)),
    count_ms: median(runs.map((r) => r.count)),
    runs: runs.map(({ feedback, answer, count }) => ({ feedback: Math.round(feedback), answer: Math.round(answer), count: count === undefined ? null : Math.round(count) })),
  }
}
