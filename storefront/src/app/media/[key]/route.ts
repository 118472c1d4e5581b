import { apiMediaUrl, MEDIA_KEY } from "@/lib/util/media"

// The API's own answer headers that say what the file is and how it may be used: the type
// fixed by the server, nosniff, the sandboxing CSP (an SVG opened directly runs nothing) and
// the year-long cache of a name that is never reused.
const RELAYED = ["content-type", "content-disposition", "x-content-type-options", "content-security-policy", "cache-control", "content-length"]

/** A photo stored by the API, relayed from the storefront's origin (see lib/util/media.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params
  if (!MEDIA_KEY.test(key) || key.startsWith("private-")) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } })
  const upstream = await fetch(apiMediaUrl(key), { cache: "no-store" }).catch(() => null)
  if (!upstream?.ok || !upstream.body) return new Response(upstream?.status === 404 ? "Not found" : "Bad gateway", { status: upstream?.status === 404 ? 404 : 502, headers: { "cache-control": "no-store" } })
  const headers = new Headers()
  for (const name of RELAYED) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: 200, headers })
}
