import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

export default defineTemplate({
  id: "delivery-failed-coordinator",
  audience: "coordinator",
  schema: z.object({ order_id: text(100), display_id: orderNumber, round_id: text(100), note: optionalText() }),
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
