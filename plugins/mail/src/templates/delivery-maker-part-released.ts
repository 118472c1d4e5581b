import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { cents, optionalText, orderNumber, text } from "../lib/fields"

// Sent by @rbv/delivery-rounds at a round's cutoff when a maker's part stayed under the minimum the
// maker set and the maker chose to release it: before delivery, so nothing is paid for that part.
export default defineTemplate({
  id: "delivery-maker-part-released",
  audience: "resident",
  schema: z.object({ order_id: text(100), display_id: orderNumber, maker: text(200), minimum: cents, slot: optionalText(200) }),
  render: ({ data, t, f, link }) => ({
    subject: t("subject", { number: data.display_id, maker: data.maker }),
    blocks: [
      { kind: "paragraph", text: t("body", { slot: data.slot ?? "", maker: data.maker, minimum: f.money(data.minimum) }) },
      { kind: "paragraph", text: t("rest") },
      { kind: "button", label: t("view"), url: link(`/ordini/${data.order_id}/conferma`) },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, maker: "Forno San Nazaro", minimum: 3000, slot: "giovedì 3 dicembre, 17:00–20:00" },
})
