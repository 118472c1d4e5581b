import { EN_MESSAGES, IT_MESSAGES } from "./catalog"
import { createTranslator, type Locale, type Messages, type Translate } from "./translate"

export const MESSAGES: Record<Locale, Messages> = { it: IT_MESSAGES, en: EN_MESSAGES }

export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale]
}

export function translatorFor(locale: Locale): Translate {
  return createTranslator(MESSAGES[locale], locale)
}
