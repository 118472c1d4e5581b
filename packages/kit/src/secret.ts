import { createHash, randomBytes } from "node:crypto"

/** A one-time token for an invite link: 192 random bits, URL-safe. */
export const newSecretToken = () => randomBytes(24).toString("base64url")

/**
 * What the database keeps of a one-time token: its SHA-256 (hex). A token of 192 random bits
 * needs no salt or slow hash — nobody can guess it from the digest — and a leaked table opens
 * no invite.
 */
export const hashSecret = (token: string) => createHash("sha256").update(token).digest("hex")
