import { z } from "@medusajs/framework/zod"

/**
 * True for an absolute http: or https: address with a host. Everything else — javascript:,
 * data:, vbscript:, file:, relative paths — is refused: these values end up in `href` and
 * `src` attributes in the admin and the shop.
 */
export function isHttpUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0
}

/**
 * The one validator for a URL a user gives us. `field` names the field in the 400, because
 * Medusa's error text for a refinement is the message alone (no path).
 */
export const httpUrl = (field: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `${field}: at most ${max} characters`)
    .refine(isHttpUrl, { message: `${field}: must be an http:// or https:// address` })
