import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { text } from "../lib/fields"

// The one-time link travels in this e-mail only; the sender redacts it from the stored notification.
export default defineTemplate({
  id: "vendor-member-invited",
  audience: "invitee",
  schema: z.object({ vendor_name: text(200), role: z.enum(["owner", "member"]), invite_url: text(2000) }),
  messages: {
    it: {
      subject: "{shop} ti invita nella sua bottega sulla Rete del Buon Vivere",
      body: "{role, select, owner {Sei invitato a gestire la bottega {shop} insieme agli altri titolari.} other {Sei invitato a dare una mano alla bottega {shop}: ordini da preparare, prodotti e disponibilità.}}",
      create: "Accetta l'invito",
      expires: "Il collegamento vale 7 giorni e si usa una volta sola. Se non aspettavi questo invito, ignora l'e-mail.",
    },
    en: {
      subject: "{shop} invites you to its workshop on the Rete del Buon Vivere",
      body: "{role, select, owner {You are invited to run the workshop {shop} with its other owners.} other {You are invited to help the workshop {shop}: orders to prepare, products and stock.}}",
      create: "Accept the invitation",
      expires: "The link is valid for 7 days and works once. If you were not expecting this invitation, ignore this e-mail.",
    },
  },
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
