"use server"

import { refresh } from "next/cache"
import { z } from "zod"
import { setLocaleCookie } from "../cookies"
import { LOCALES } from "../i18n/translate"

const localeSchema = z.object({ locale: z.enum(LOCALES) })

/** Language switcher: remembers the choice in a cookie; every page reads it on render. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") })
  if (!parsed.success) return
  await setLocaleCookie(parsed.data.locale)
  refresh()
}
