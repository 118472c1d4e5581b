import { setLocale } from "@/lib/actions/locale"
import { LOCALES, type Locale, type Translate } from "@/lib/i18n/translate"

/** A real form: works without JavaScript; the current language is marked as pressed. */
export function LanguageSwitcher({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action={setLocale} className="language-switcher" aria-label={t("language.label")}>
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
