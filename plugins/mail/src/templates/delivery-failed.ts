import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

export default defineTemplate({
  id: "delivery-failed",
  audience: "resident",
  schema: z.object({ order_id: text(100), display_id: orderNumber, note: optionalText() }),
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
