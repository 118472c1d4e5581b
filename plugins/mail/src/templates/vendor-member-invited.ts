import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text } from "../lib/fields"

// The one-time link travels in this e-mail only; the sender redacts it from the stored notification.
export default defineTemplate({
  id: "vendor-member-invited",
  audience: "invitee",
  schema: z.object({ vendor_name: text(200), role: z.enum(["owner", "member"]), invite_url: text(2000) }),
  render: ({ data, t, link }) => ({
    subject: t("subject", { shop: data.vendor_name }),
    blocks: [
      { kind: "paragraph", text: t("body", { shop: data.vendor_name, role: data.role }) },
      { kind: "button", label: t("create"), url: link(data.invite_url) },
      { kind: "paragraph", text: t("expires") },
    ],
  }),
  example: { vendor_name: "Forno San Nazaro", role: "member", invite_url: "http://localhost:8000/bottega/invito?token=example" },
})
