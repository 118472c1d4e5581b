import { mailLocale, mailNotifications, residentLocale } from "../mail"

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
})
