import { z } from "@medusajs/framework/zod"
import { districtDay, toCsv } from "@rbv/kit"
import type { Block } from "../lib/blocks"
import { defineTemplate } from "../lib/define-template"
import { optionalText, orderNumber, text, when } from "../lib/fields"

// A maker's packing list for one round, sent once when the round closes (@rbv/delivery-rounds):
// a labelled card per resident order to print, the totals to bake, the hand-over, and a CSV.
const item = z.object({ title: text(300), quantity: z.number(), weighed: z.boolean().nullish(), weight_g: z.number().nullish() })
const schema = z.object({
  vendor_name: text(200),
  round_id: text(100),
  round_name: optionalText(200),
  starts_at: when,
  ends_at: when,
  collection_mode: z.enum(["hub_dropoff", "workshop_pickup"]),
  dropoff_deadline: when.nullish(),
  hub: z.object({ name: text(200), address_1: optionalText(300) }).nullish(),
  collection_eta: when.nullish(),
  orders: z.array(z.object({ display_id: orderNumber, customer_name: text(200), items: z.array(item) })).min(1),
})

export default defineTemplate({
  id: "delivery-packing-list",
  audience: "maker",
  schema,
  render: ({ data, t, f, link }) => {
    const slot = f.slot(data.starts_at, data.ends_at)
    const day = f.day(data.starts_at)
    const hub = data.hub?.name ?? "Casa Comune"
    const address = data.hub?.address_1 || "none"
    const handover =
      data.collection_mode === "workshop_pickup"
        ? data.collection_eta
          ? t("collection", { time: f.time(data.collection_eta) })
          : t("collection_unplanned")
        : data.dropoff_deadline
          ? t("dropoff", { hub, address, time: f.dayTime(data.dropoff_deadline) })
          : t("dropoff_no_deadline", { hub, address })
    const kg = (grams: number) => f.number(grams / 1000)

    const totals = new Map<string, number>()
    for (const order of data.orders) for (const i of order.items) totals.set(i.title, (totals.get(i.title) ?? 0) + i.quantity)
    const cards: Block[] = data.orders.map((order) => ({
      kind: "card",
      title: t("order_title", { number: order.display_id }),
      subtitle: `${order.customer_name} · ${day}`,
      blocks: [
        {
          kind: "checklist",
          items: order.items.map((i) => ({
            text: `${f.number(i.quantity)} × ${i.title}`,
            fill: i.weighed ? (i.weight_g != null ? t("weighed", { kg: kg(i.weight_g) }) : t("weigh")) : undefined,
          })),
        },
      ],
    }))
    const csv = toCsv(
      ["csv_order", "csv_customer", "csv_product", "csv_quantity", "csv_weigh", "csv_weight", "csv_label"].map((k) => t(k as "csv_order")),
      data.orders.flatMap((order) =>
        order.items.map((i) => [
          order.display_id,
          order.customer_name,
          i.title,
          i.quantity,
          t(i.weighed ? "yes" : "no"),
          i.weight_g != null ? i.weight_g / 1000 : "",
          t("label", { number: order.display_id, name: order.customer_name, day }),
        ])
      )
    )
    const file = `${t("file")}-${districtDay(data.starts_at)}`
    return {
      subject: t("subject", { slot, count: data.orders.length }),
      preheader: handover,
      sheet: { filename: file },
      blocks: [
        { kind: "paragraph", text: t("intro", { shop: data.vendor_name }) },
        { kind: "facts", rows: [[t("round"), data.round_name ? `${data.round_name} — ${slot}` : slot], [t("handover"), handover], [t("orders"), String(data.orders.length)]] },
        { kind: "table", caption: t("totals"), head: [t("product"), t("quantity")], rows: [...totals].map(([title, q]) => [title, f.number(q)]), numeric: [1] },
        ...cards,
        { kind: "paragraph", text: t("print") },
        { kind: "button", label: t("open"), url: link("/bottega/giri") },
      ],
      attachments: [{ filename: `${file}.csv`, content: csv, contentType: "text/csv; charset=utf-8" }],
    }
  },
  example: {
    vendor_name: "Forno San Nazaro",
    round_id: "dround_01EXAMPLE",
    round_name: "Giro del giovedì",
    starts_at: "2026-12-03T16:00:00.000Z",
    ends_at: "2026-12-03T19:00:00.000Z",
    collection_mode: "hub_dropoff",
    dropoff_deadline: "2026-12-03T14:00:00.000Z",
    hub: { name: "Casa Comune", address_1: "Via San Nazaro 20" },
    orders: [
      { display_id: 12, customer_name: "Giulia F.", items: [{ title: "Pagnotta di grani antichi · 1 kg", quantity: 2, weighed: true }] },
      { display_id: 14, customer_name: "Piero D.", items: [{ title: "Grissini al rosmarino", quantity: 1 }] },
    ],
  },
})
