import en from "../../../messages/en.json"
import it from "../../../messages/it.json"
import { createTranslator, type Locale, type Messages, type Translate } from "./translate"

export const MESSAGES: Record<Locale, Messages> = { it, en }

export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale]
}

export function translatorFor(locale: Locale): Translate {
  return createTranslator(MESSAGES[locale])
}
