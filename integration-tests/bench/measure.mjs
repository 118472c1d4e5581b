// One autocannon measurement for bench:web and its back-office comparison (back-office-compare.mjs).
import autocannon from "autocannon"

/**
 * autocannon at `connections` for `duration` seconds: throughput, latency percentiles, failures, and with
 * `clock` (cpu-time.mjs) the CPU time each request cost the process it reads.
 */
export async function measure(url, { headers = {}, clock = null, connections, duration }) {
  const before = clock?.()
  const r = await autocannon({ url, headers, connections, duration })
  const after = clock?.()
  const perRequest = (key) => (before && r.requests.total ? Math.round(((after[key] - before[key]) / r.requests.total) * 10) / 10 : null)
  return {
    cpu_ms_per_request: before ? { server: perRequest("server_ms"), postgres: perRequest("postgres_ms") } : null,
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    non2xx: r.non2xx + r.errors + r.timeouts,
    requests: r.requests.total,
  }
}
