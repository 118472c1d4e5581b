import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

export default defineTemplate({
  id: "delivery-delivered",
  audience: "resident",
  schema: z.object({ order_id: text(100), display_id: orderNumber, note: optionalText(), has_account: z.boolean().nullish() }),
  render: ({ data, t, link }) => ({
    subject: t("subject", { number: data.display_id }),
    blocks: [
      { kind: "paragraph", text: t("body") },
      ...(data.note ? [{ kind: "paragraph" as const, text: t("note") }, { kind: "quote" as const, text: data.note }] : []),
      ...(data.has_account ? [{ kind: "button" as const, label: t("view"), url: link("/account") }] : []),
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, note: "Lasciato alla vicina del piano terra", has_account: true },
})
