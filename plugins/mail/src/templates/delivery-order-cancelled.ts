import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { cents, orderNumber, text } from "../lib/fields"

// Sent by @rbv/delivery-rounds when a resident's whole order was cancelled — by the resident before the
// round's cutoff (`by: "resident"`, the confirmation) or by the coordinators — and what happens to the money.
export default defineTemplate({
  id: "delivery-order-cancelled",
  audience: "resident",
  schema: z.object({
    order_id: text(100),
    display_id: orderNumber,
    has_account: z.boolean().nullish(),
    by: z.enum(["resident", "network"]).default("resident"),
    outcome: z.enum(["on_delivery", "card_released", "card_refunded"]),
    refunded: cents,
  }),
  render: ({ data, t, f, link }) => ({
    subject: t("subject", { number: data.display_id }),
    blocks: [
      { kind: "paragraph", text: t(data.by === "network" ? "body_network" : "body") },
      { kind: "paragraph", text: t(data.outcome, { amount: f.money(data.refunded) }) },
      ...(data.has_account ? [{ kind: "button" as const, label: t("view"), url: link("/account") }] : []),
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, has_account: true, outcome: "card_refunded", refunded: 2450 },
})
