import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { authHeaders, getCartId, LOCALE_COOKIE } from "@/lib/cookies"
import { CONTENT_LOCALE } from "@/lib/i18n/content-locale"
import { LOCALES, type Locale } from "@/lib/i18n/translate"
import { sdk } from "@/lib/medusa"

const localeForm = z.object({ locale: z.enum(LOCALES), back: z.string().max(2000).optional() })

/** Only a path on this site (never `//host` or another origin) is a place to go back to. */
function sitePath(value: string | null | undefined, request: NextRequest): string | null {
  if (!value) return null
  try {
    const url = new URL(value, request.nextUrl.origin)
    return url.origin === request.nextUrl.origin ? url.pathname + url.search : null
  } catch {
    return null
  }
}

/**
 * The open cart follows the language: Medusa writes its lines' product and variant names again
 * in it. A completed or missing cart is left alone (the next one starts in the new language).
 */
async function moveCartTo(locale: Locale): Promise<void> {
  const id = await getCartId()
  if (id) await sdk.store.cart.update(id, { locale: CONTENT_LOCALE[locale] }, { fields: "id" }, await authHeaders()).catch(() => undefined)
}

/**
 * The language switcher: remembers the choice for a year and sends the visitor back where they
 * were (303, a new full request, so proxy.ts serves that page in the new language).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request.formData().catch(() => null)
  const parsed = localeForm.safeParse({ locale: form?.get("locale"), back: form?.get("back") ?? undefined })
  if (!parsed.success) return Response.json({ message: "locale: choose it or en" }, { status: 400 })
  await moveCartTo(parsed.data.locale)
  const back = sitePath(parsed.data.back, request) ?? sitePath(request.headers.get("referer"), request) ?? "/"
  const response = NextResponse.redirect(new URL(back, request.nextUrl.origin), 303)
  response.cookies.set(LOCALE_COOKIE, parsed.data.locale, { sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 })
  return response
}
