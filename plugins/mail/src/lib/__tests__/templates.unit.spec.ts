import { IntlMessageFormat } from "intl-messageformat"
import { renderMail } from "../render"
import { mailTemplates } from "../../templates"

const OPTIONS = { storefrontUrl: "https://shop.example.org", adminUrl: "https://api.example.org/app" }
const templates = [...mailTemplates().values()]

describe("mail templates", () => {
  it("finds every template file, each with a unique id", () => {
    expect(templates.length).toBeGreaterThanOrEqual(13)
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length)
  })

  describe.each(templates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
    it("has the same message keys in Italian and English, each a valid ICU message", () => {
      expect(Object.keys(template.messages.en).sort()).toEqual(Object.keys(template.messages.it).sort())
      for (const [locale, messages] of Object.entries(template.messages)) {
        for (const [key, source] of Object.entries(messages as Record<string, string>)) {
          expect(() => new IntlMessageFormat(source, locale)).not.toThrow()
          expect(source.trim()).not.toBe("")
        }
      }
    })

    it.each(["it", "en"] as const)("renders its example in %s: subject, HTML and text in that language", (locale) => {
      const mail = renderMail(template, { ...template.example, locale }, OPTIONS)
      const other = renderMail(template, { ...template.example, locale: locale === "it" ? "en" : "it" }, OPTIONS)
      expect(mail.locale).toBe(locale)
      expect(mail.subject.length).toBeGreaterThan(5)
      expect(mail.subject).not.toBe(other.subject)
      expect(mail.html).toContain(`<html lang="${locale}">`)
      expect(mail.text.startsWith(mail.subject)).toBe(true)
      // no message key or ICU placeholder left unrendered
      expect(mail.text).not.toMatch(/\{[a-z_]+\}/)
      expect(mail.html).not.toMatch(/\{[a-z_]+\}/)
      // every link is absolute, on the storefront or the admin
      for (const [, href] of mail.html.matchAll(/href="([^"]+)"/g)) expect(href).toMatch(/^https?:\/\//)
    })
  })

  it("Italian is the default and English is chosen by the recipient's language tag", () => {
    const template = mailTemplates().get("delivery-failed")!
    expect(renderMail(template, { ...template.example }, OPTIONS).locale).toBe("it")
    expect(renderMail(template, { ...template.example, locale: "en-GB" }, OPTIONS).locale).toBe("en")
    expect(renderMail(template, { ...template.example, locale: "fr" }, OPTIONS).locale).toBe("it")
  })

  it("a missed pickup is not a door the volunteer rang: its own subject and words, and what happens next", () => {
    const template = mailTemplates().get("delivery-failed")!
    const door = renderMail(template, { ...template.example, kind: "home" }, OPTIONS)
    const pickup = renderMail(template, { ...template.example, kind: "pickup" }, OPTIONS)
    expect(door.subject).toBe("Non siamo riusciti a consegnare l'ordine n. 12")
    expect(door.text).toContain("Il volontario è passato")
    expect(pickup.subject).toBe("Non hai ritirato l'ordine n. 12")
    expect(pickup.text).toContain("ti ha aspettato al punto di ritiro")
    expect(pickup.text).toContain("concordare il ritiro alla Casa Comune")
    expect(pickup.text).not.toContain("Il volontario è passato")
    expect(renderMail(template, { ...template.example, kind: "pickup", locale: "en" }, OPTIONS).subject).toBe("Order no. 12 was not collected")
  })

  it("escapes what people wrote: a note is text in the HTML, never markup", () => {
    const template = mailTemplates().get("delivery-failed")!
    const note = `<script>alert("x")</script><a href="javascript:alert(1)">clicca</a> & "virgolette"`
    const mail = renderMail(template, { ...template.example, note }, OPTIONS)
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).not.toContain('<a href="javascript')
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(mail.text).toContain(note)
  })

  it("refuses a link that is not http(s), and says which template and field data is missing", () => {
    const invite = mailTemplates().get("delivery-volunteer-invited")!
    expect(() => renderMail(invite, { ...invite.example, invite_url: "javascript:alert(1)" }, OPTIONS)).toThrow(/only http\(s\) links/)
    expect(() => renderMail(invite, { volunteer_id: "vol_1" }, OPTIONS)).toThrow(/delivery-volunteer-invited.*invite_url/)
  })

  it("packing list: a card per order, the totals to prepare, a weight to fill for weighed lines, CSV and printable HTML attached", () => {
    const template = mailTemplates().get("delivery-packing-list")!
    const mail = renderMail(template, { ...template.example, locale: "it" }, OPTIONS)
    expect(mail.subject).toBe("Lista di preparazione: giro di giovedì 3 dicembre, 17:00–20:00 (2 ordini)")
    expect(mail.text).toContain("[ N. 12 ]  Giulia F. · giovedì 3 dicembre")
    expect(mail.text).toContain("[ ] 2 × Pagnotta di grani antichi · 1 kg   peso reale: ______ kg")
    expect(mail.text).toContain("Porta tutto alla Casa Comune (Via San Nazaro 20) entro giovedì 3 dicembre, 15:00.")
    expect(mail.attachments.map((a) => a.filename)).toEqual(["lista-preparazione-2026-12-03.html", "lista-preparazione-2026-12-03.csv"])
    expect(mail.attachments[0].content).toBe(mail.html)
    expect(mail.attachments[1].content.split("\n")[0]).toBe("Ordine,Cliente,Prodotto,Quantità,Da pesare,Peso reale (kg),Etichetta")
  })
})
