// The storefront's security headers. Pages rendered per request (cart, checkout, account,
// /bottega, /logistica) get a nonce-based policy ('strict-dynamic'): Next puts the request's
// nonce on its own scripts, and the scripts they load (Leaflet's chunk, Stripe.js) inherit the
// trust; an injected <script> or inline handler runs nowhere. The cached catalogue pages are
// rendered once for everyone, so no per-request nonce can be in them (Next's CSP guide: nonces
// need dynamic rendering): their policy allows the site's own inline scripts ('unsafe-inline',
// never 'unsafe-eval') and is otherwise the same. They show no per-visitor data, and React
// escapes everything they render (a search's words included).

import { DEFAULT_STRIPE_JS_URL } from "@/modules/checkout/card-offer"

// Stripe.js talks to its API and draws the card fields in frames from these origins.
const STRIPE_ORIGINS = ["https://js.stripe.com", "https://api.stripe.com", "https://hooks.stripe.com", "https://m.stripe.network"]
// Leaflet's map background on /logistica (the markers are our own).
const MAP_TILES = "https://tile.openstreetmap.org"

type CspInput = { nonce?: string; dev?: boolean; backendUrl?: string; stripeJsUrl?: string }

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : null
  } catch {
    return null
  }
}

export function contentSecurityPolicy({ nonce, dev = false, backendUrl, stripeJsUrl }: CspInput): string {
  const stripe = originOf(stripeJsUrl || DEFAULT_STRIPE_JS_URL)
  const stripeOrigins = [...new Set([stripe, ...(stripe === "https://js.stripe.com" ? STRIPE_ORIGINS : [])].filter((o): o is string => Boolean(o)))]
  const backend = originOf(backendUrl)
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Host sources are ignored where 'strict-dynamic' is understood; they serve older browsers.
    "script-src": ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]), ...stripeOrigins, ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    // Product photos come from the shop's API (its /static files) or any https address a maker gave.
    "img-src": ["'self'", "data:", "blob:", "https:", ...(backend ? [backend] : []), MAP_TILES],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...stripeOrigins, ...(dev ? ["ws:"] : [])],
    "frame-src": stripeOrigins.length ? stripeOrigins : ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // OpenStreetMap's tile servers ask for a Referer: the origin alone is sent cross-site, nothing more.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  }
}
