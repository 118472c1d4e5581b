// Total blocking time that a shared machine's load cannot inflate, for bench:web: the page's main
// thread tasks measured by the CPU time they used (the trace's thread clock, `tdur`) rather than by
// the wall clock, times 4 as Lighthouse's mobile preset slows the CPU, summing what each task
// spends beyond 50 ms, from navigation until the page is quiet. Lighthouse's own TBT on 2 cores
// shared with other work moved 2–3× between two runs of the same page; this moves by ~10 %.
import { chromium, devices } from "@playwright/test"

const median = (xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)])

async function oneLoad(browser, url, cookie) {
  const context = await browser.newContext({ ...devices["Pixel 5"], locale: "it-IT" })
  if (cookie) await context.addCookies(cookie.split("; ").map((c) => ({ name: c.split("=")[0], value: c.slice(c.indexOf("=") + 1), url })))
  const page = await context.newPage()
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] })
  await page.goto(url, { waitUntil: "networkidle" })
  await page.waitForTimeout(1000)
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString())
  await context.close()
  // The renderer's main thread: the one that parsed this page's HTML.
  const parse = traceEvents.find((e) => e.name === "ParseHTML")
  const tasks = traceEvents.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X" && e.name === "RunTask" && e.tdur)
  const ms = tasks.map((e) => e.tdur / 1000)
  return { tbt: ms.reduce((a, d) => a + Math.max(0, d * 4 - 50), 0), cpu: ms.reduce((a, d) => a + d, 0), longest: Math.max(0, ...ms) }
}

/** Per page: medians over `loads` loads (the pages taken in turn) of the CPU-time TBT (×4), the main thread's CPU time and its longest task. */
export async function cpuBlockingTime(pages, { cookie = null, loads = 5 } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--disable-gpu", "--no-first-run"] })
  const runs = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  try {
    for (let i = 0; i < loads; i++) for (const [name, url] of Object.entries(pages)) runs[name].push(await oneLoad(browser, url, cookie))
  } finally {
    await browser.close()
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [name, { tbt_x4_ms: median(rs.map((r) => r.tbt)), main_thread_cpu_ms: median(rs.map((r) => r.cpu)), longest_task_ms: median(rs.map((r) => r.longest)), loads: rs.length }])
  )
}
