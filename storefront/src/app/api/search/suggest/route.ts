import { suggestProducts } from "@/lib/data/search"
import { searchQuery } from "@/lib/util/search-query"

const MIN_LETTERS = 2

/**
 * GET /api/search/suggest?q=… → `{ suggestions, corrected }` for the search box as the resident
 * types (the browser never talks to Medusa itself: the publishable key and the backend's address
 * stay on the server). The same for everyone: cached per query like the results pages.
 */
export async function GET(request: Request): Promise<Response> {
  const q = searchQuery(new URL(request.url).searchParams.get("q"))
  if (q.replace(/\s/g, "").length < MIN_LETTERS) return Response.json({ suggestions: [], corrected: null })
  try {
    return Response.json(await suggestProducts(q), { headers: { "cache-control": "public, max-age=60" } })
  } catch {
    // Suggestions are a convenience: the form still submits to the results page.
    return Response.json({ suggestions: [], corrected: null }, { status: 503 })
  }
}
