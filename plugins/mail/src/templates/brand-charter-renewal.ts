import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text } from "../lib/fields"

export default defineTemplate({
  id: "brand-charter-renewal",
  audience: "maker",
  schema: z.object({ vendor_name: text(200), version: z.union([z.number(), z.string()]).transform(String), renew_url: text(300).default("/bottega/carta") }),
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
