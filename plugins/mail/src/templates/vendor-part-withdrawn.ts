import { z } from "@medusajs/framework/zod"
import type { Block } from "../lib/blocks"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text } from "../lib/fields"

// Sent by @rbv/vendors to a maker whose part of a resident's order someone else cancelled: the resident's whole
// order (`by: "order"`: the resident before the cutoff, or the coordinators), or the coordinators the part alone
// (`by: "network"`, with their reason). What not to prepare, as the maker's order list shows it.
export default defineTemplate({
  id: "vendor-part-withdrawn",
  audience: "maker",
  schema: z.object({
    vendor_name: text(200),
    order_number: orderNumber,
    customer_name: text(200),
    slot: optionalText(200),
    items: z.array(z.object({ title: text(300), quantity: z.number() })).min(1),
    by: z.enum(["order", "network"]),
    reason: optionalText(500),
  }),
  render: ({ data, t, f, link }) => {
    const blocks: Block[] = [{ kind: "paragraph", text: t(data.by, { number: data.order_number, customer: data.customer_name }) }]
    if (data.by === "network" && data.reason) blocks.push({ kind: "quote", text: data.reason })
    blocks.push(
      { kind: "facts", rows: [[t("slot"), data.slot ?? "—"]] },
      { kind: "checklist", items: data.items.map((i) => ({ text: `${f.number(i.quantity)} × ${i.title}` })) },
      { kind: "paragraph", text: t("stock") },
      { kind: "button", label: t("open"), url: link("/bottega/ordini") }
    )
    return { subject: t("subject", { number: data.order_number }), preheader: t("preheader"), blocks }
  },
  example: {
    vendor_name: "Forno San Nazaro",
    order_number: 12,
    customer_name: "Sofia B.",
    slot: "Giro di giovedì 3 dicembre, 17:00–20:00",
    items: [{ title: "Pagnotta di grani antichi (1 kg)", quantity: 2 }],
    by: "order",
    reason: null,
  },
})
