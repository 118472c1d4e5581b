import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for a Nominatim server: answers GET /search?format=jsonv2&street=… from a
 * table of known streets, `[]` for anything else, and remembers what it was asked.
 */
export async function startFakeNominatim(known: Record<string, { lat: number; lon: number }>) {
  const requests: URLSearchParams[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    if (url.pathname !== "/search") {
      res.writeHead(404).end()
      return
    }
    requests.push(url.searchParams)
    const hit = known[url.searchParams.get("street") ?? ""]
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify(hit ? [{ lat: String(hit.lat), lon: String(hit.lon), display_name: url.searchParams.get("street") }] : []))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) }
}
