import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { orderNumber, text } from "../lib/fields"

// Follows "delivery-failed-coordinator" when the rider came back and delivered on the same run: nobody need call.
export default defineTemplate({
  id: "delivery-delivered-again-coordinator",
  audience: "coordinator",
  schema: z.object({ order_id: text(100), display_id: orderNumber, round_id: text(100) }),
  render: ({ data, t, admin }) => ({
    subject: t("subject", { number: data.display_id }),
    blocks: [
      { kind: "paragraph", text: t("body", { number: data.display_id }) },
      { kind: "button", label: t("open"), url: admin(`/orders/${data.order_id}`) },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, round_id: "dround_01EXAMPLE" },
})
