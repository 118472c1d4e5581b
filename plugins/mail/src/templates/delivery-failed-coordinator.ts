import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

export default defineTemplate({
  id: "delivery-failed-coordinator",
  audience: "coordinator",
  schema: z.object({ order_id: text(100), display_id: orderNumber, round_id: text(100), note: optionalText() }),
  messages: {
    it: {
      subject: "Consegna non riuscita: ordine n. {number}",
      body: "Un volontario ha segnato come non riuscita la consegna dell'ordine n. {number}. Il residente è stato avvisato che lo ricontattate.",
      note: "Nota del volontario:",
      open: "Apri l'ordine nell'amministrazione",
    },
    en: {
      subject: "Delivery failed: order no. {number}",
      body: "A volunteer marked the delivery of order no. {number} as failed. The resident has been told you will contact them.",
      note: "The volunteer's note:",
      open: "Open the order in the admin",
    },
  },
  render: ({ data, t, admin }) => ({
    subject: t("subject", { number: data.display_id }),
    blocks: [
      { kind: "paragraph", text: t("body", { number: data.display_id }) },
      ...(data.note ? [{ kind: "paragraph" as const, text: t("note") }, { kind: "quote" as const, text: data.note }] : []),
      { kind: "button", label: t("open"), url: admin(`/orders/${data.order_id}`) },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, round_id: "dround_01EXAMPLE", note: "Nessuno in casa, citofono guasto" },
})
