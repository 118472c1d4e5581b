// Lighthouse (mobile preset, the default) with Debian's Chromium, headless, for bench:web.
import fs from "node:fs"
import path from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

const lcpPhases = (lhr) =>
  Object.fromEntries((lhr.audits["largest-contentful-paint-element"]?.details?.items?.[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]))

/**
 * Performance and accessibility of each page (one run each), with the LCP, TBT and CLS behind the
 * score; with `reportDir`, each page's whole Lighthouse report is written there too.
 */
export async function lighthouseScores(pages, cookie, reportDir = null) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", chromeFlags: FLAGS })
  try {
    const scores = {}
    for (const [name, url] of Object.entries(pages)) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: cookie ? { Cookie: cookie } : undefined,
      })
      if (reportDir) fs.writeFileSync(path.join(reportDir, `lighthouse-${name}.json`), JSON.stringify(lhr))
      const audit = (id) => lhr.audits[id]?.numericValue
      scores[name] = {
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
        lcp_element: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
        lcp_phases: lcpPhases(lhr),
      }
    }
    return scores
  } finally {
    await chrome.kill()
  }
}
