import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { cents, orderNumber, text } from "../lib/fields"

// Sent by @rbv/vendors when a maker (or the coordinators, `by: "network"`) cancelled the maker's part of a
// resident's order: which maker, the reason in their words, and what the order comes to now.
export default defineTemplate({
  id: "vendor-part-cancelled",
  audience: "resident",
  schema: z.object({
    order_id: text(100),
    display_id: orderNumber,
    maker: text(200),
    reason: text(500),
    by: z.enum(["maker", "network"]).default("maker"),
    amount: cents,
    total: cents,
    outcome: z.enum(["on_delivery", "card", "card_refunded", "order_cancelled"]),
  }),
  render: ({ data, t, f, link }) => ({
    subject: t("subject", { number: data.display_id, maker: data.maker }),
    blocks: [
      { kind: "paragraph", text: t(data.by === "network" ? "body_network" : "body", { maker: data.maker, amount: f.money(data.amount) }) },
      { kind: "quote", text: data.reason },
      { kind: "paragraph", text: t(data.outcome, { total: f.money(data.total), amount: f.money(data.amount) }) },
      { kind: "button", label: t("view"), url: link(`/ordini/${data.order_id}/conferma`) },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, maker: "Forno San Nazaro", reason: "Il forno si è guastato: niente pane giovedì.", amount: 960, total: 1450, outcome: "on_delivery" },
})
