import "server-only"
import type { Metadata } from "next"
import { cookies } from "next/headers"
import { notFound } from "next/navigation"
import { cache } from "react"
import { LOCALE_COOKIE } from "../cookies"
import { translatorFor } from "./messages"
import { DEFAULT_LOCALE, isLocale, type Locale, type MessageKey, type Translate } from "./translate"

/** The visitor's language: the cookie set by the language switcher, Italian otherwise. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(value) ? value : DEFAULT_LOCALE
})

/** For pages that are rendered per visitor anyway (cart, account, /bottega, /logistica). */
export async function getT(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getLocale()
  return { t: translatorFor(locale), locale }
}

/**
 * For cached pages: the language comes from the `[locale]` segment that proxy.ts adds from the
 * same cookie, so the page reads no cookie and one rendering serves every visitor of that language.
 */
export async function getLocaleT(params: Promise<{ locale: string }>): Promise<{ t: Translate; locale: Locale }> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { t: translatorFor(locale), locale }
}

/** A per-visitor page's `generateMetadata`: its title is one message, in the visitor's language. */
export const titleMetadata = (key: MessageKey) => async (): Promise<Metadata> => ({ title: (await getT()).t(key) })

/** A cached page's `generateMetadata` (language from the `[locale]` segment, as getLocaleT). */
export const titleMetadataOf =
  (key: MessageKey) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => ({ title: (await getLocaleT(params)).t(key) })
