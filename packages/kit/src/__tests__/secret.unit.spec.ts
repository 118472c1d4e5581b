import { createHash } from "node:crypto"
import { hashSecret, newSecretToken } from "../secret"

describe("invite secrets", () => {
  it("tokens are long, URL-safe and never repeat; the stored form is the SHA-256 of the token", () => {
    const tokens = Array.from({ length: 200 }, newSecretToken)
    expect(new Set(tokens).size).toBe(200)
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(hashSecret("abc")).toBe(createHash("sha256").update("abc", "utf8").digest("hex"))
    expect(hashSecret(tokens[0])).not.toContain(tokens[0])
  })
})
