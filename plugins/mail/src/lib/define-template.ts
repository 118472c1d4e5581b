import type { z } from "@medusajs/framework/zod"
import type { MailContent } from "./blocks"
import type { Formatter } from "./format"
import type { Locale } from "./locale"

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

export type Audience = "resident" | "maker" | "volunteer" | "coordinator" | "invitee"

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

/** One e-mail: its data, its words in both languages and its blocks — one file in src/templates. */
export function defineTemplate<D, M extends Messages>(template: MailTemplate<D, M>): MailTemplate<D, M> {
  return template
}
