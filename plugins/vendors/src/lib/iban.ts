// IBAN check (ISO 13616): country, check digits, mod-97 of the rearranged number equals 1.
const LENGTHS: Record<string, number> = { IT: 27, SM: 27, DE: 22, FR: 27, AT: 20, ES: 24, NL: 18, BE: 16, CH: 21, SI: 19 }

export const normalizeIban = (value: string) => value.replace(/\s+/g, "").toUpperCase()

export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false
  const expected = LENGTHS[iban.slice(0, 2)]
  if (expected && iban.length !== expected) return false
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let remainder = 0
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  return remainder === 1
}
