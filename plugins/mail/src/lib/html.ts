import escapeHtml from "escape-html"
import type { Block, MailContent } from "./blocks"
import type { Locale } from "./locale"

// The shop's colours (storefront globals.css), inline: mail apps drop most <style> rules.
const C = { bg: "#fbf6ee", surface: "#ffffff", warm: "#f6ecdf", ink: "#2b2118", muted: "#5c4e42", accent: "#9a3412", border: "#d8c8b4" }
const FONT = `font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif`

const e = (text: string) => escapeHtml(text)
const lines = (text: string) => e(text).replace(/\r?\n/g, "<br>")

function table(block: Extract<Block, { kind: "table" }>): string {
  const align = (i: number) => (block.numeric?.includes(i) ? "right" : "left")
  const cell = (tag: "th" | "td", text: string, i: number, extra = "") =>
    `<${tag} align="${align(i)}" style="padding:6px 8px;border-bottom:1px solid ${C.border};text-align:${align(i)};vertical-align:top;${extra}">${lines(text)}</${tag}>`
  return [
    `<table role="table" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:12px 0;font-size:15px">`,
    block.caption ? `<caption style="text-align:left;font-weight:600;padding:4px 0">${e(block.caption)}</caption>` : "",
    `<thead><tr>${block.head.map((h, i) => cell("th", h, i, `background:${C.warm};font-size:13px`)).join("")}</tr></thead>`,
    `<tbody>${block.rows.map((r) => `<tr>${r.map((c, i) => cell("td", c, i)).join("")}</tr>`).join("")}</tbody>`,
    block.foot ? `<tfoot><tr>${block.foot.map((c, i) => cell("td", c, i, "font-weight:700")).join("")}</tr></tfoot>` : "",
    `</table>`,
  ].join("")
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h2 style="font-size:19px;margin:20px 0 8px;color:${C.ink}">${e(b.text)}</h2>`
    case "paragraph":
      return `<p style="margin:0 0 12px;line-height:1.5">${lines(b.text)}</p>`
    case "quote":
      return `<blockquote style="margin:0 0 12px;padding:8px 12px;border-left:4px solid ${C.accent};background:${C.warm}">${lines(b.text)}</blockquote>`
    case "facts":
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 12px;font-size:15px">${b.rows
        .map(([k, v]) => `<tr><th align="left" style="padding:3px 12px 3px 0;vertical-align:top;color:${C.muted};font-weight:600">${e(k)}</th><td style="padding:3px 0">${lines(v)}</td></tr>`)
        .join("")}</table>`
    case "table":
      return table(b)
    case "button":
      return `<p style="margin:16px 0"><a href="${e(b.url)}" style="display:inline-block;background:${C.accent};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:8px">${e(b.label)}</a></p><p style="margin:0 0 12px;font-size:13px;color:${C.muted};word-break:break-all">${e(b.url)}</p>`
    case "card":
      return `<div class="card" style="border:2px solid ${C.ink};border-radius:8px;padding:12px 14px;margin:0 0 14px;page-break-inside:avoid;break-inside:avoid"><div style="font-size:22px;font-weight:800">${e(b.title)}</div>${
        b.subtitle ? `<div style="font-size:15px;color:${C.muted};margin-bottom:6px">${e(b.subtitle)}</div>` : ""
      }${b.blocks.map(block).join("")}</div>`
    case "checklist":
      return `<ul style="list-style:none;margin:6px 0 0;padding:0;font-size:16px">${b.items
        .map((i) => `<li style="padding:6px 0;border-bottom:1px dotted ${C.border}"><span aria-hidden="true" style="display:inline-block;width:14px;height:14px;border:2px solid ${C.ink};margin-right:10px;vertical-align:-2px"></span>${lines(i.text)}${i.fill ? `<span style="float:right">${e(i.fill)}</span>` : ""}</li>`)
        .join("")}</ul>`
  }
}

/** The whole HTML document: a column of at most 600 px (narrower on a phone) on the shop's background, or a full-width printable sheet. */
export function renderHtml(content: MailContent, locale: Locale, footer: string[]): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${e(content.subject)}</title>
<style>@media print{body{background:#fff!important}.frame{border:0!important;padding:0!important}.no-print{display:none!important}@page{size:A4;margin:14mm}}</style></head>
<body style="margin:0;padding:0;background:${C.bg};color:${C.ink};${FONT}">
${content.preheader ? `<div style="display:none;max-height:0;overflow:hidden">${e(content.preheader)}</div>` : ""}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${C.bg}"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" class="frame" width="100%" cellpadding="0" cellspacing="0" style="${content.sheet ? "" : "max-width:600px;"}background:${C.surface};border:1px solid ${C.border};border-radius:10px">
<tr><td style="padding:16px 24px;border-bottom:3px solid ${C.accent};font-size:15px;font-weight:700;color:${C.accent};letter-spacing:.02em">Rete del Buon Vivere</td></tr>
<tr><td style="padding:20px 24px;font-size:16px;line-height:1.45">
<h1 style="font-size:23px;line-height:1.25;margin:0 0 14px">${e(content.subject)}</h1>
${content.blocks.map(block).join("\n")}
</td></tr>
<tr><td class="no-print" style="padding:14px 24px;border-top:1px solid ${C.border};font-size:13px;color:${C.muted}">${footer.map(lines).join("<br>")}</td></tr>
</table></td></tr></table>
</body></html>`
}
