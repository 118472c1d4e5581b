import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// The API answers JSON (and CSV, and stored files that set their own policy): nothing in it
// is a page, so nothing may run, be framed, or be sniffed into HTML.
const API_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
}

// The admin SPA is a page with its own module scripts and inline styles: it keeps them, and is
// only kept out of frames, plugins and sniffing.
const ADMIN_PATH = /^\/app(\/|$|\?)/
const ADMIN_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
}

/**
 * Default security headers on every API response that passes through the plugins' middlewares
 * (Medusa's own `static` folder is served before any of them). A route may still set its own
 * (GET /static/:key does).
 */
export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const headers = ADMIN_PATH.test(req.originalUrl ?? req.url) ? ADMIN_HEADERS : API_HEADERS
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  next()
}
