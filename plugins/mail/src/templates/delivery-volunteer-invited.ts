import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, text } from "../lib/fields"

// The one-time link travels in this e-mail only; the sender redacts it from the stored notification.
export default defineTemplate({
  id: "delivery-volunteer-invited",
  audience: "volunteer",
  schema: z.object({ volunteer_id: text(100), invite_url: text(2000), name: optionalText(200) }),
  messages: {
    it: {
      subject: "Ti aspettiamo nella logistica della Rete del Buon Vivere",
      hello: "{name, select, none {Ciao!} other {Ciao {name}!}} Il coordinamento ti ha invitato a fare i giri di consegna del quartiere.",
      how: "Crea il tuo accesso con il pulsante qui sotto: dal telefono vedrai i giri che ti affidano, le tappe in ordine e cosa ritirare da ogni artigiano.",
      create: "Crea il tuo accesso",
      expires: "Il collegamento vale 14 giorni e si usa una volta sola. Se non aspettavi questo invito, ignora l'e-mail.",
    },
    en: {
      subject: "Join the logistics of the Rete del Buon Vivere",
      hello: "{name, select, none {Hello!} other {Hello {name}!}} The coordinators have invited you to ride the neighbourhood's delivery rounds.",
      how: "Create your login with the button below: on your phone you will see the rounds given to you, the stops in order and what to collect from each maker.",
      create: "Create your login",
      expires: "The link is valid for 14 days and works once. If you were not expecting this invitation, ignore this e-mail.",
    },
  },
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
