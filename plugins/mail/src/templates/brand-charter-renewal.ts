import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text } from "../lib/fields"

export default defineTemplate({
  id: "brand-charter-renewal",
  audience: "maker",
  schema: z.object({ vendor_name: text(200), version: z.union([z.number(), z.string()]).transform(String), renew_url: text(300).default("/bottega/carta") }),
  messages: {
    it: {
      subject: "Nuovo disciplinare del marchio (versione {version}): rinnova l'adesione di {shop}",
      body: "Il coordinamento ha pubblicato la versione {version} del disciplinare «Rete del Buon Vivere». La tua bottega mantiene il marchio fino alla scadenza della certificazione attuale.",
      how: "Leggi i criteri nuovi e rinnova l'adesione quando sei pronto.",
      open: "Leggi il disciplinare",
    },
    en: {
      subject: "New brand charter (version {version}): renew the adherence of {shop}",
      body: "The coordinators have published version {version} of the “Rete del Buon Vivere” charter. Your workshop keeps the mark until its current certification ends.",
      how: "Read the new criteria and renew your adherence when you are ready.",
      open: "Read the charter",
    },
  },
  render: ({ data, t, link }) => ({
    subject: t("subject", { version: data.version, shop: data.vendor_name }),
    blocks: [
      { kind: "paragraph", text: t("body", { version: data.version }) },
      { kind: "paragraph", text: t("how") },
      { kind: "button", label: t("open"), url: link(data.renew_url) },
    ],
  }),
  example: { vendor_name: "Forno San Nazaro", version: 2, renew_url: "/bottega/carta" },
})
