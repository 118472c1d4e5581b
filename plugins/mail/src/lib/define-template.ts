import type { z } from "@medusajs/framework/zod"
import type { MailContent } from "./blocks"
import type { Formatter } from "./format"
import type { Locale } from "./locale"
import en from "../messages/en.json"
import it from "../messages/it.json"

export type Messages = Record<string, string>
export type MessageVars = Record<string, string | number>

export type RenderContext<D, M extends Messages> = {
  data: D
  locale: Locale
  /** An ICU message of this template in the recipient's language. */
  t: (key: keyof M & string, vars?: MessageVars) => string
  f: Formatter
  /** An absolute link: a storefront path ("/bottega/giri") or an http(s) URL the sender made. */
  link: (pathOrUrl: string) => string
  /** A Medusa admin path ("/orders/order_…") as an absolute link, for the coordinators. */
  admin: (path: string) => string
}

export type Audience = "resident" | "maker" | "volunteer" | "coordinator" | "invitee" | "account"

export type MailTemplate<D = any, M extends Messages = Messages> = {
  /** The `template` the plugins pass to the notification module. */
  id: string
  audience: Audience
  /** The `data` the sender passes (plus an optional `locale`); checked before rendering. */
  schema: z.ZodType<D>
  /** ICU messages (intl-messageformat), Italian first; English has exactly the same keys. */
  messages: { it: M; en: { [K in keyof M]: string } }
  render: (ctx: RenderContext<D, M>) => MailContent
  /** Data a sender could pass: the tests render every template from it in both languages. */
  example: Record<string, unknown>
}

/**
 * The words of every e-mail, one catalogue per language keyed by the template's id
 * (src/messages/it.json, en.json): translators edit those files alone.
 */
type Catalogue = typeof it
export type TemplateId = keyof Catalogue

// English has every message Italian has: the compiler checks it here, e-mail by e-mail.
const EN: { [Id in TemplateId]: Record<keyof Catalogue[Id], string> } = en

/** One e-mail: its data and its blocks — one file in src/templates; its words are its id's in src/messages. */
export function defineTemplate<D, Id extends TemplateId>(template: Omit<MailTemplate<D, Catalogue[Id]>, "messages" | "id"> & { id: Id }): MailTemplate<D, Catalogue[Id]> {
  return { ...template, messages: { it: it[template.id], en: EN[template.id] } }
}
