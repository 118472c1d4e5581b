import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

export default defineTemplate({
  id: "delivery-failed",
  audience: "resident",
  // kind: the stop's — a pickup the resident missed is not a door the volunteer rang.
  schema: z.object({ order_id: text(100), display_id: orderNumber, note: optionalText(), kind: z.enum(["home", "pickup"]).nullish() }),
  render: ({ data, t }) => {
    const at = data.kind === "pickup" ? "_pickup" : ""
    return {
      subject: t(`subject${at}`, { number: data.display_id }),
      blocks: [
        { kind: "paragraph", text: t(`body${at}`) },
        ...(data.note ? [{ kind: "paragraph" as const, text: t("note") }, { kind: "quote" as const, text: data.note }] : []),
        { kind: "paragraph", text: t(`next${at}`) },
      ],
    }
  },
  example: { order_id: "order_01EXAMPLE", display_id: 12, note: "Nessuno in casa, citofono guasto" },
})
