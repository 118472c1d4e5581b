import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { orderNumber, text, when } from "../lib/fields"

// "In consegna": the round has left; the resident's expected time when the route is planned.
export default defineTemplate({
  id: "delivery-out-for-delivery",
  audience: "resident",
  schema: z.object({ order_id: text(100), display_id: orderNumber, eta: when.nullish(), ends_at: when.nullish() }),
  render: ({ data, t, f }) => ({
    subject: t("subject", { number: data.display_id }),
    blocks: [
      { kind: "paragraph", text: data.eta ? t("eta", { time: f.time(data.eta) }) : t("no_eta") },
      ...(data.ends_at ? [{ kind: "paragraph" as const, text: t("by_end", { time: f.time(data.ends_at) }) }] : []),
      { kind: "paragraph", text: t("home") },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, eta: "2026-12-03T16:40:00.000Z", ends_at: "2026-12-03T19:00:00.000Z" },
})
