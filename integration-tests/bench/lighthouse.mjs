// Lighthouse (mobile preset, the default) with Debian's Chromium, headless, for bench:web.
import fs from "node:fs"
import path from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { lanternLcpGraph } from "./lantern-lcp.mjs"

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

const lcpPhases = (lhr) =>
  Object.fromEntries((lhr.audits["largest-contentful-paint-element"]?.details?.items?.[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]))

/** The middle value (the lower middle one of an even count), as cpu-tbt.mjs takes it. */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]

function scoresOf(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcp_ms: Math.round(audit("largest-contentful-paint")),
    tbt_ms: Math.round(audit("total-blocking-time")),
    cls: Math.round((audit("cumulative-layout-shift") ?? 0) * 1000) / 1000,
    server_ms: Math.round(audit("server-response-time") ?? 0),
    failing_accessibility: Object.values(lhr.audits)
      .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
      .map((a) => ({ id: a.id, nodes: (a.details?.items ?? []).slice(0, 5).map((i) => i.node?.snippet ?? i.node?.selector).filter(Boolean) })),
    // What to fix first: the performance audits that fail, with the time Lighthouse says they cost.
    failing_performance: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && lhr.categories.performance.auditRefs.some((r) => r.id === a.id && r.weight === 0))
      .map((a) => ({ id: a.id, display: a.displayValue ?? null, savings_ms: a.details?.overallSavingsMs ?? a.metricSavings?.LCP ?? null })),
    // The LCP paint in the unthrottled load that Lantern simulates from (its cutoff, see lantern-lcp.mjs).
    observed_lcp_ms: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null,
    lcp_element: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    lcp_phases: lcpPhases(lhr),
  }
}

/**
 * Performance and accessibility of each page, `samples` runs each (the pages taken in turn, so that
 * a busy minute does not fall on one page's runs only): the median of each figure (performance,
 * accessibility, LCP, TBT, CLS, server response), each run's performance/LCP/TBT in `samples`, and
 * the audits and LCP element of the run with the median LCP. One sample of a page's LCP moved
 * 1.0–1.7 s between two runs (session 17). With `reportDir`, each run's whole report is written
 * there (`lighthouse-<page>-<n>.json`).
 *
 * Each sample is two loads. The preset's (throttlingMethod "simulate") gives the bar's LCP: Lantern
 * replays an unthrottled load on a model phone, and whether the framework's scripts count depends on
 * whether they finished downloading before the observed paint (`lantern`: what the graph held).
 * The second load applies the same phone through DevTools (150 ms RTT × 3.75 per request, 1.6 Mbps,
 * CPU 4×) and gives the LCP the page really painted at under it (`lcp_applied_ms`).
 */
export async function lighthouseScores(pages, cookie, reportDir = null, { samples = 3 } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", chromeFlags: FLAGS })
  const runs = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  try {
    for (let n = 1; n <= samples; n++) {
      for (const [name, url] of Object.entries(pages)) {
        const flags = { port: chrome.port, output: "json", logLevel: "error", extraHeaders: cookie ? { Cookie: cookie } : undefined }
        const { lhr, artifacts } = await lighthouse(url, { ...flags, onlyCategories: ["performance", "accessibility"] })
        if (reportDir) fs.writeFileSync(path.join(reportDir, `lighthouse-${name}-${n}.json`), JSON.stringify(lhr))
        // A diagnosis only: should Lantern fail on a trace, the run keeps its scores.
        const lantern = await lanternLcpGraph(artifacts, lhr.configSettings).catch((err) => ({ error: String(err?.message ?? err), scripts: null, script_bytes: null }))
        const applied = (await lighthouse(url, { ...flags, onlyCategories: ["performance"], throttlingMethod: "devtools" })).lhr
        if (reportDir) fs.writeFileSync(path.join(reportDir, `lighthouse-${name}-${n}-devtools.json`), JSON.stringify(applied))
        const appliedLcp = applied.audits["largest-contentful-paint"]?.numericValue
        runs[name].push({ ...scoresOf(lhr), lantern, lcp_applied_ms: appliedLcp === undefined ? null : Math.round(appliedLcp) })
      }
    }
  } finally {
    await chrome.kill()
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => {
      const lcp = median(rs.map((r) => r.lcp_ms))
      const typical = rs.find((r) => r.lcp_ms === lcp)
      const mid = (key) => median(rs.map((r) => r[key]))
      return [
        name,
        {
          ...typical,
          performance: mid("performance"),
          accessibility: mid("accessibility"),
          lcp_ms: lcp,
          tbt_ms: mid("tbt_ms"),
          cls: mid("cls"),
          server_ms: mid("server_ms"),
          lcp_applied_ms: median(rs.map((r) => r.lcp_applied_ms).filter((v) => v !== null)) ?? null,
          samples: rs.map(({ performance, lcp_ms, tbt_ms, observed_lcp_ms, lcp_applied_ms, lantern }) => ({
            performance,
            lcp_ms,
            tbt_ms,
            observed_lcp_ms,
            lcp_applied_ms,
            lantern_scripts: lantern.scripts,
            lantern_script_bytes: lantern.script_bytes,
          })),
        },
      ]
    })
  )
}
