export type GeocodeQuery = { address_1: string; postal_code?: string | null; city?: string | null; country_code?: string | null }
export type GeocodeResult = { lat: number; lng: number } | { error: string }

/**
 * A Nominatim-compatible geocoder (`GET {url}/search?format=jsonv2&limit=1&street=…`): the
 * public service, a self-hosted one, or the fake the tests start. Errors come back as values so
 * the planner can flag an address instead of dropping it.
 */
export async function geocode(baseUrl: string, q: GeocodeQuery, timeoutMs = 5000): Promise<GeocodeResult> {
  const url = new URL("search", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`)
  url.searchParams.set("format", "jsonv2")
  url.searchParams.set("limit", "1")
  url.searchParams.set("street", q.address_1)
  if (q.postal_code) url.searchParams.set("postalcode", q.postal_code)
  if (q.city) url.searchParams.set("city", q.city)
  if (q.country_code) url.searchParams.set("countrycodes", q.country_code.toLowerCase())
  try {
    const res = await fetch(url, { headers: { "User-Agent": "rbv-delivery-rounds/0.1 (Rete del Buon Vivere)" }, signal: AbortSignal.timeout(timeoutMs) })
    if (!res.ok) return { error: `geocoder answered ${res.status}` }
    const hits = (await res.json()) as { lat?: string; lon?: string }[]
    const lat = Number(hits?.[0]?.lat)
    const lng = Number(hits?.[0]?.lon)
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return { error: "address not found by the geocoder" }
    return { lat, lng }
  } catch (e) {
    return { error: `geocoder unreachable: ${(e as Error).message}` }
  }
}
