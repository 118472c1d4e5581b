import { NextResponse, type NextRequest } from "next/server"
import { isCataloguePath, LOCALE_COOKIE, localisedPath } from "./lib/i18n/locale-path"
import { contentSecurityPolicy, securityHeaders } from "./lib/security/csp"

/**
 * Every page lives under app/[locale] (see localisedPath): the catalogue pages then need no
 * cookie to render and are cached once per language. Addresses stay as they are (a rewrite).
 *
 * Pages rendered per request get a fresh nonce: Next reads it from the request's
 * Content-Security-Policy header and sets it on the scripts it renders. A cached catalogue page
 * cannot carry a per-request nonce (Next renders it once), so it is served under the same policy
 * with inline scripts allowed by 'unsafe-inline' instead of a nonce (see csp.ts).
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  const isApi = url.pathname.startsWith("/api/")
  const nonce = isApi || isCataloguePath(url.pathname) ? undefined : Buffer.from(crypto.randomUUID()).toString("base64")
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
    stripeJsUrl: process.env.STRIPE_JS_URL,
  })
  const requestHeaders = new Headers(request.headers)
  if (nonce) {
    requestHeaders.set("x-nonce", nonce)
    requestHeaders.set("Content-Security-Policy", csp)
  }
  let response: NextResponse
  if (isApi) {
    response = NextResponse.next({ request: { headers: requestHeaders } })
  } else {
    const { pathname, search } = localisedPath(url.pathname, url.searchParams, request.cookies.get(LOCALE_COOKIE)?.value)
    url.pathname = pathname
    url.search = search.toString()
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } })
  }
  for (const [name, value] of Object.entries(securityHeaders(csp))) response.headers.set(name, value)
  return response
}

export const config = {
  // Pages (prefetches too: they must be rewritten under app/[locale]) and API routes; built
  // assets, the site icon and the API's stored photos (/media, relayed with the API's own
  // sandboxing headers) carry no script of their own.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|media/).*)"],
}
