import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

export default defineTemplate({
  id: "delivery-failed",
  audience: "resident",
  schema: z.object({ order_id: text(100), display_id: orderNumber, note: optionalText() }),
  messages: {
    it: {
      subject: "Non siamo riusciti a consegnare l'ordine n. {number}",
      body: "Il volontario è passato ma la consegna non è riuscita.",
      note: "Cosa è successo:",
      next: "Il coordinamento della rete ti contatta per una nuova consegna o il ritiro alla Casa Comune. Se paghi alla consegna non ti è stato addebitato nulla.",
    },
    en: {
      subject: "We could not deliver order no. {number}",
      body: "The volunteer came by but the delivery did not succeed.",
      note: "What happened:",
      next: "The network's coordinators will contact you for a new delivery or a pickup at the Casa Comune hub. If you pay on delivery, nothing has been charged.",
    },
  },
  render: ({ data, t }) => ({
    subject: t("subject", { number: data.display_id }),
    blocks: [
      { kind: "paragraph", text: t("body") },
      ...(data.note ? [{ kind: "paragraph" as const, text: t("note") }, { kind: "quote" as const, text: data.note }] : []),
      { kind: "paragraph", text: t("next") },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, note: "Nessuno in casa, citofono guasto" },
})
