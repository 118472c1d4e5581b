import type { Block, MailContent } from "./blocks"

const pad = (text: string, width: number, right: boolean) => (right ? text.padStart(width) : text.padEnd(width))

function table(b: Extract<Block, { kind: "table" }>): string {
  const all = [b.head, ...b.rows, ...(b.foot ? [b.foot] : [])]
  const widths = b.head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)))
  const row = (r: string[]) => r.map((c, i) => pad(c ?? "", widths[i], Boolean(b.numeric?.includes(i)))).join("  ").trimEnd()
  const rule = widths.map((w) => "-".repeat(w)).join("  ")
  return [b.caption ?? "", row(b.head), rule, ...b.rows.map(row), ...(b.foot ? [rule, row(b.foot)] : [])].filter(Boolean).join("\n")
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `${b.text}\n${"=".repeat(b.text.length)}`
    case "paragraph":
      return b.text
    case "quote":
      return b.text.split(/\r?\n/).map((l) => `> ${l}`).join("\n")
    case "facts":
      return b.rows.map(([k, v]) => `${k}: ${v}`).join("\n")
    case "table":
      return table(b)
    case "button":
      return `${b.label}:\n${b.url}`
    case "card":
      return [`[ ${b.title} ]${b.subtitle ? `  ${b.subtitle}` : ""}`, ...b.blocks.map(block)].join("\n")
    case "checklist":
      return b.items.map((i) => `[ ] ${i.text}${i.fill ? `   ${i.fill}` : ""}`).join("\n")
  }
}

/** The plain-text part: the same blocks, readable in any mail app and by screen readers. */
export function renderText(content: MailContent, footer: string[]): string {
  return [content.subject, "", ...content.blocks.map((b) => `${block(b)}\n`), "-- ", ...footer].join("\n") + "\n"
}
