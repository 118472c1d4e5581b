// Why one Lighthouse run's simulated LCP is what it is: the requests Lantern (Lighthouse 12's simulator)
// put in its LCP graphs. Lantern keeps every request that ended before the LCP paint it observed
// (the page loaded unthrottled from localhost), except scripts whose first evaluation task of 10 ms
// or more began after that paint; a script evaluated in shorter tasks has no CPU node (Lantern prunes
// them) and so stays. It then replays the graph on a 150 ms / 1.6 Mbps phone and takes the last end.
// Session 19: product page 0.93–1.05 s when only the document and photo are in the graph, 1.6–2.2 s
// when the framework's scripts (46 + 74 kB gzipped) finished downloading before the paint.
// Internal modules of lighthouse 12.2.3 (pinned in integration-tests/package.json).
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js"

const pathOf = (url) => url.replace(/^https?:\/\/[^/]+/, "")

/** `artifacts` and `settings` of one `lighthouse()` navigation (simulated throttling). */
export async function lanternLcpGraph(artifacts, settings) {
  const data = { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings, URL: artifacts.URL, simulator: null }
  const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map(), settings })
  // The pessimistic graph holds the optimistic one's requests and more (layout tasks, low-priority images).
  const requests = [...lcp.pessimisticEstimate.nodeTimings]
    .filter(([node]) => node.type === "network")
    .map(([node, t]) => ({ type: node.request.resourceType, path: pathOf(node.request.url), bytes: node.request.transferSize, simulated_end_ms: Math.round(t.endTime) }))
    .sort((a, b) => a.simulated_end_ms - b.simulated_end_ms)
  const scripts = requests.filter((r) => r.type === "Script")
  return {
    optimistic_ms: Math.round(lcp.optimisticEstimate.timeInMs),
    pessimistic_ms: Math.round(lcp.pessimisticEstimate.timeInMs),
    scripts: scripts.length,
    script_bytes: scripts.reduce((sum, r) => sum + r.bytes, 0),
    requests,
  }
}
