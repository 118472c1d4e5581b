import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { cents, orderNumber, text } from "../lib/fields"

// Sent by @rbv/vendors when a maker has weighed its part of a resident's order (products sold by
// weight), or corrected a weight it typed wrong: before delivery, the real weights, what they cost
// and the order's final amount (and what goes back to the card when a correction lowers it).
export default defineTemplate({
  id: "vendor-part-weighed",
  audience: "resident",
  schema: z.object({
    order_id: text(100),
    display_id: orderNumber,
    maker: text(200),
    lines: z.array(z.object({ title: text(300), quantity: z.number().int(), grams: z.number().int(), estimate: cents, amount: cents, capped: z.boolean() })).max(100),
    total_before: cents,
    total: cents,
    payment: z.enum(["card", "card_charged", "card_refunded", "on_delivery"]),
    corrected: z.boolean().default(false),
    refunded: cents.nullish(),
  }),
  render: ({ data, t, f, link }) => ({
    subject: t(data.corrected ? "subject_corrected" : "subject", { number: data.display_id, maker: data.maker, total: f.money(data.total) }),
    blocks: [
      { kind: "paragraph", text: t(data.corrected ? "body_corrected" : "body", { maker: data.maker }) },
      {
        kind: "table",
        head: [t("product"), t("weight"), t("estimate"), t("amount")],
        rows: data.lines.map((l) => [
          l.quantity > 1 ? `${l.quantity} × ${l.title}` : l.title,
          l.grams >= 1000 ? `${f.number(l.grams / 1000)} kg` : `${l.grams} g`,
          f.money(l.estimate),
          l.capped ? t("capped", { amount: f.money(l.amount) }) : f.money(l.amount),
        ]),
        numeric: [2, 3],
      },
      { kind: "paragraph", text: t("total", { before: f.money(data.total_before), total: f.money(data.total) }) },
      { kind: "paragraph", text: t(data.payment, { total: f.money(data.total), refunded: f.money(data.refunded ?? 0) }) },
      { kind: "button", label: t("view"), url: link(`/ordini/${data.order_id}/conferma`) },
    ],
  }),
  example: {
    order_id: "order_01EXAMPLE",
    display_id: 12,
    maker: "Forno San Nazaro",
    lines: [{ title: "Filone casereccio", quantity: 2, grams: 2130, estimate: 960, amount: 1022, capped: false }],
    total_before: 1310,
    total: 1372,
    payment: "on_delivery",
  },
})
