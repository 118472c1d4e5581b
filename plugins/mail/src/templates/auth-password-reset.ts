import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text } from "../lib/fields"

/** Where each kind of login chooses its new password: the storefront's three doors, the admin's own page. */
const PAGE = { customer: "/account/nuova-password", vendor: "/bottega/nuova-password", volunteer: "/logistica/nuova-password" } as const

// The one-time token travels in this e-mail only; the sender redacts it from the stored notification.
export default defineTemplate({
  id: "auth-password-reset",
  audience: "account",
  schema: z.object({ actor: z.enum(["customer", "vendor", "volunteer", "user"]), token: text(4000) }),
  render: ({ data, t, link, admin }) => {
    const query = `?token=${encodeURIComponent(data.token)}`
    return {
      subject: t("subject"),
      blocks: [
        { kind: "paragraph", text: t("asked", { actor: data.actor }) },
        { kind: "button", label: t("choose"), url: data.actor === "user" ? admin(`/reset-password${query}`) : link(PAGE[data.actor] + query) },
        { kind: "paragraph", text: t("expires") },
      ],
    }
  },
  example: { actor: "customer", token: "example" },
})
