import { randomBytes } from "node:crypto"

// A product with this metadata flag is a "spesa sospesa": buying it creates one voucher per unit.
export const VOUCHER_PRODUCT_FLAG = "rbv_voucher"

// Codes a volunteer can read out over the phone: no 0/O or 1/I, 10 characters (~50 bits).
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
export function voucherCode(): string {
  const bytes = randomBytes(10)
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("")
}
