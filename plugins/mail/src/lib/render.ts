import { isHttpUrl } from "@rbv/kit"
import { IntlMessageFormat } from "intl-messageformat"
import type { MailAttachment } from "./blocks"
import type { MailTemplate, MessageVars } from "./define-template"
import { formatter } from "./format"
import { renderHtml } from "./html"
import { intlTag, pickLocale, type Locale } from "./locale"
import { renderText } from "./text"

export type RenderOptions = { storefrontUrl: string; adminUrl: string }
export type RenderedMail = { subject: string; html: string; text: string; locale: Locale; attachments: MailAttachment[] }

export class MailDataError extends Error {}

const FOOTER: Record<Locale, string[]> = {
  it: ["Rete del Buon Vivere — artigiani e piccoli produttori di Veronetta, Verona.", "Ti scriviamo per un tuo ordine o per il tuo ruolo nella rete; nessuna pubblicità."],
  en: ["Rete del Buon Vivere — makers and small producers of Veronetta, Verona.", "We write to you about an order of yours or your role in the network; never advertising."],
}

const compiled = new Map<string, IntlMessageFormat>()
function message(source: string, locale: Locale, vars?: MessageVars): string {
  const key = `${locale}\u0000${source}`
  let format = compiled.get(key)
  if (!format) compiled.set(key, (format = new IntlMessageFormat(source, intlTag(locale))))
  return String(format.format(vars))
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`
}

/** A template's data in, subject + HTML + plain text (+ attachments) out, in the recipient's language. */
export function renderMail(template: MailTemplate, rawData: unknown, options: RenderOptions): RenderedMail {
  const parsed = template.schema.safeParse(rawData ?? {})
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".") || "data"}: ${i.message}`).join("; ")
    throw new MailDataError(`E-mail "${template.id}" cannot be written from its data (${fields})`)
  }
  const locale = pickLocale((rawData as { locale?: unknown } | null)?.locale)
  const messages = template.messages[locale] as Record<string, string>
  const content = template.render({
    data: parsed.data,
    locale,
    t: (key, vars) => message(messages[key] ?? key, locale, vars),
    f: formatter(locale),
    link: (pathOrUrl) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) {
        if (!isHttpUrl(pathOrUrl)) throw new MailDataError(`E-mail "${template.id}": only http(s) links, not ${pathOrUrl.slice(0, 20)}`)
        return pathOrUrl
      }
      return joinUrl(options.storefrontUrl, pathOrUrl)
    },
    admin: (path) => joinUrl(options.adminUrl, path),
  })
  const html = renderHtml(content, locale, FOOTER[locale])
  // A sheet also travels as its own file: mail apps print their own frame around a message.
  const sheet = content.sheet ? [{ filename: `${content.sheet.filename}.html`, content: html, contentType: "text/html; charset=utf-8" }] : []
  return { subject: content.subject, html, text: renderText(content, FOOTER[locale]), locale, attachments: [...sheet, ...(content.attachments ?? [])] }
}
