import { NextResponse, type NextRequest } from "next/server"
import { contentSecurityPolicy, securityHeaders } from "./lib/security/csp"

/**
 * Every page gets a fresh nonce: Next reads it from the request's Content-Security-Policy
 * header and sets it on the scripts it renders; the browser gets the same policy and the other
 * security headers on the response.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
    stripeJsUrl: process.env.STRIPE_JS_URL,
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set("x-nonce", nonce)
  requestHeaders.set("Content-Security-Policy", csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(securityHeaders(csp))) response.headers.set(name, value)
  return response
}

export const config = {
  // Pages only: built assets and the favicon carry no script of their own.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
}
