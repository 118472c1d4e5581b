import type { MedusaContainer } from "@medusajs/framework/types"
import { mailLocale, mailNotifications, residentLocale, sendSecretMail, withMailSecrets } from "../mail"

describe("mail helpers", () => {
  it("mailLocale: English only when asked for, Italian otherwise", () => {
    expect(["en", "EN", "en-GB", "en_US"].map(mailLocale)).toEqual(["en", "en", "en", "en"])
    expect(["it", "fr", "", null, undefined, 3, {}].map(mailLocale)).toEqual(["it", "it", "it", "it", "it", "it", "it"])
  })

  it("residentLocale: the checkout's choice first, then the account's", () => {
    expect(residentLocale({ metadata: { locale: "en" }, customer: { metadata: { locale: "it" } } })).toBe("en")
    expect(residentLocale({ metadata: null, customer: { metadata: { locale: "en" } } })).toBe("en")
    expect(residentLocale({ metadata: {}, customer: null })).toBe("it")
    expect(residentLocale(null)).toBe("it")
  })

  it("mailNotifications: one per address (case-insensitive), blanks dropped, each with its reader's language", () => {
    const out = mailNotifications(
      [{ email: "Anna@Example.org", locale: "en" }, { email: "anna@example.org" }, { email: "  " }, { email: null }, { email: "bo@example.org" }],
      "delivery-delivered",
      { order_id: "order_1", locale: "xx" }
    )
    expect(out).toEqual([
      { to: "Anna@Example.org", channel: "email", template: "delivery-delivered", data: { order_id: "order_1", locale: "en" } },
      { to: "bo@example.org", channel: "email", template: "delivery-delivered", data: { order_id: "order_1", locale: "it" } },
    ])
  })

  it("sendSecretMail: what is stored never holds the secret, the provider renders with it, and only while sending", async () => {
    const stored: Record<string, unknown>[] = []
    const rendered: Record<string, unknown>[] = []
    // Medusa's notification module in the order it works: store the notification, then hand it to the provider.
    const notifications = {
      createNotifications: async (list: { data: Record<string, unknown> }[]) => {
        stored.push(...list.map((n) => structuredClone(n.data)))
        rendered.push(...list.map((n) => withMailSecrets(n.data)))
        return list.map((n, i) => ({ id: `noti_${i}`, ...n }))
      },
    }
    const container = { resolve: () => notifications } as unknown as MedusaContainer
    const sent = await sendSecretMail(container, [{ email: "a@example.org" }], "auth-password-reset", { actor: "customer", token: "s3cret" }, { token: "[sent]" })

    expect(JSON.stringify(stored)).not.toContain("s3cret")
    expect(stored[0]).toMatchObject({ actor: "customer", token: "[sent]", locale: "it" })
    expect(rendered).toEqual([{ actor: "customer", token: "s3cret", locale: "it" }])
    // The same notification handed to the provider again later: refused rather than mailed with «[sent]» for a link.
    expect(() => withMailSecrets(sent[0].data)).toThrow("no longer available")
    expect(withMailSecrets({ order_id: "order_1" })).toEqual({ order_id: "order_1" })
  })
})
