import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text, when } from "../lib/fields"

export default defineTemplate({
  id: "brand-certificate-expiring",
  audience: "maker",
  schema: z.object({ vendor_name: text(200), valid_until: when, renew_url: text(300).default("/bottega/carta") }),
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
