/**
 * An amount typed by a person (a coordinator in Medusa's admin, in Italian or English), read by
 * the conventions of their language: "1.250,50" in Italian and "1,250.50" in English are both
 * 1250.5. Separators come from Intl (the same data the admin formats with). A group separator
 * must sit between groups of three digits; a lone separator followed by one or two digits at the
 * end is read as the decimal point whatever the language ("12.50" typed in the Italian admin),
 * because no grouping can end that way. Anything else is not an amount: null, never a guess.
 */
export function parseTypedAmount(text: string, locale: string, maxDecimals = 2): number | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6)
  const group = parts.find((p) => p.type === "group")?.value ?? ","
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? "."
  // Intl uses no-break spaces as a group separator in some languages: a typed space means the same.
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, group.trim() ? "" : group).replace(/^€\s*|\s*€$/g, "")
  if (!s) return null
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const fraction = `(?:${esc(decimal)}(\\d{1,${maxDecimals}}))?`
  const grouped = new RegExp(`^(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)${fraction}$`)
  const m = grouped.exec(s)
  if (m) return Number(`${m[1].split(group).join("")}.${m[2] ?? "0"}`)
  // "12.50" in Italian, "12,5" in English: one separator, one or two digits after it.
  const other = new RegExp(`^(\\d+)[${esc(group)}](\\d{1,${Math.min(maxDecimals, 2)}})$`).exec(s)
  if (other && other[2].length < 3) return Number(`${other[1]}.${other[2]}`)
  return null
}

/** The same, in hundredths (euro cents, or basis points of a percentage), exact: "1.250,50" → 125050. */
export function parseTypedHundredths(text: string, locale: string): number | null {
  const value = parseTypedAmount(text, locale)
  return value === null ? null : Math.round(value * 100)
}
