import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, text } from "../lib/fields"

// The one-time link travels in this e-mail only; the sender redacts it from the stored notification.
export default defineTemplate({
  id: "delivery-volunteer-invited",
  audience: "volunteer",
  schema: z.object({ volunteer_id: text(100), invite_url: text(2000), name: optionalText(200) }),
  render: ({ data, t, link }) => ({
    subject: t("subject"),
    blocks: [
      { kind: "paragraph", text: t("hello", { name: data.name || "none" }) },
      { kind: "paragraph", text: t("how") },
      { kind: "button", label: t("create"), url: link(data.invite_url) },
      { kind: "paragraph", text: t("expires") },
    ],
  }),
  example: { volunteer_id: "vol_01EXAMPLE", name: "Marta", invite_url: "http://localhost:8000/logistica/invito?token=example" },
})
