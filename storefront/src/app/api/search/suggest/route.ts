import { suggestProducts } from "@/lib/data/search"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/translate"
import { searchQuery } from "@/lib/util/search-query"

const MIN_LETTERS = 2

/**
 * GET /api/search/suggest?q=… → `{ suggestions, corrected }` for the search box as the resident
 * types (the browser never talks to Medusa itself: the publishable key and the backend's address
 * stay on the server). The same for everyone: cached per query and language (`locale`, it or en) like the results pages.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const q = searchQuery(params.get("q"))
  const asked = params.get("locale")
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE
  if (q.replace(/\s/g, "").length < MIN_LETTERS) return Response.json({ suggestions: [], corrected: null })
  try {
    return Response.json(await suggestProducts(q, locale), { headers: { "cache-control": "public, max-age=60" } })
  } catch {
    // Suggestions are a convenience: the form still submits to the results page.
    return Response.json({ suggestions: [], corrected: null }, { status: 503 })
  }
}
