import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text, when } from "../lib/fields"

export default defineTemplate({
  id: "brand-certificate-expiring",
  audience: "maker",
  schema: z.object({ vendor_name: text(200), valid_until: when, renew_url: text(300).default("/bottega/carta") }),
  messages: {
    it: {
      subject: "{shop}: la certificazione del marchio scade {date}",
      body: "La certificazione «Rete del Buon Vivere» della tua bottega scade {date}. Dopo quella data il marchio sparisce dai tuoi prodotti finché non la rinnovi.",
      how: "Rinnovarla richiede pochi minuti: controlla l'adesione ai criteri e inviala di nuovo al coordinamento.",
      renew: "Rinnova l'adesione",
    },
    en: {
      subject: "{shop}: your brand certification ends on {date}",
      body: "Your workshop's “Rete del Buon Vivere” certification ends on {date}. After that date the mark disappears from your products until you renew it.",
      how: "Renewing takes a few minutes: check your adherence to the criteria and send it to the coordinators again.",
      renew: "Renew your adherence",
    },
  },
  render: ({ data, t, f, link }) => ({
    subject: t("subject", { shop: data.vendor_name, date: f.day(data.valid_until) }),
    blocks: [
      { kind: "paragraph", text: t("body", { date: f.day(data.valid_until) }) },
      { kind: "paragraph", text: t("how") },
      { kind: "button", label: t("renew"), url: link(data.renew_url) },
    ],
  }),
  example: { vendor_name: "Forno San Nazaro", valid_until: "2026-12-31T00:00:00.000Z", renew_url: "/bottega/carta" },
})
