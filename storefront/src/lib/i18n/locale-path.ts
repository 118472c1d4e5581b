import { DEFAULT_LOCALE, isLocale } from "./translate"
import { searchQuery } from "../util/search-query"

export const LOCALE_COOKIE = "rbv_locale"

// The catalogue: pages rendered once per language and served from Next's cache (app/[locale]).
const CATALOGUE = [/^\/$/, /^\/prodotti\/[^/]+$/, /^\/categorie\/[^/]+(\/marchio)?$/, /^\/artigiani(\/[^/]+)?$/, /^\/marchio$/, /^\/fondo$/, /^\/cerca(\/[^/]+)?$/]

/** Whether an address (as the visitor typed it) is a cached catalogue page. */
export function isCataloguePath(pathname: string): boolean {
  return CATALOGUE.some((re) => re.test(pathname))
}

/**
 * Where a request is served from inside app/[locale] (proxy.ts): the visitor's language (their
 * cookie, Italian otherwise) as the first segment, and the two catalogue views a query string
 * chooses as paths, so that they are cached pages too: `/cerca?q=pane` → `/it/cerca/pane`,
 * `/categorie/x?marchio=1` → `/it/categorie/x/marchio`. Returns the path and what is left of the query.
 */
export function localisedPath(pathname: string, search: URLSearchParams, cookie: string | undefined): { pathname: string; search: URLSearchParams } {
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE
  const rest = new URLSearchParams(search)
  let path = pathname
  if (path === "/cerca" && rest.has("q")) {
    const q = searchQuery(rest.get("q"))
    rest.delete("q")
    if (q) path = `/cerca/${encodeURIComponent(q)}`
  } else if (/^\/categorie\/[^/]+$/.test(path) && rest.has("marchio")) {
    if (rest.get("marchio") === "1") path = `${path}/marchio`
    rest.delete("marchio")
  }
  return { pathname: `/${locale}${path === "/" ? "" : path}`, search: rest }
}
