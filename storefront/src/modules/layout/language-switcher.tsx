"use client"

import { LOCALES } from "@/lib/i18n/locales"
import { useI18n } from "@/modules/common/i18n-provider"

/**
 * A real form (works without JavaScript) posting to /api/locale, which remembers the choice and
 * sends the visitor back to the page they were on as a full page load: pages are cached per
 * language, so the new language must be a new request. The current language is marked as pressed.
 */
export function LanguageSwitcher() {
  const { t, locale } = useI18n()
  return (
    <form
      action="/api/locale"
      method="post"
      className="language-switcher"
      aria-label={t("language.label")}
      onSubmit={(event) => {
        const back = event.currentTarget.elements.namedItem("back")
        if (back instanceof HTMLInputElement) back.value = window.location.pathname + window.location.search
      }}
    >
      <input type="hidden" name="back" defaultValue="" />
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          className="language-switcher__button"
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </form>
  )
}
