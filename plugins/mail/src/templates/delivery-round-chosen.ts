import { z } from "@medusajs/framework/zod"
import type { Block } from "../lib/blocks"
import { defineTemplate } from "../lib/define-template"
import { cents, optionalText, orderNumber, text, when } from "../lib/fields"

// The resident's order confirmation (sent by @rbv/delivery-rounds when the order joins its round):
// when and where it arrives, what was bought from whom, what to pay, and the transparent price.
const schema = z.object({
  order_id: text(100),
  display_id: orderNumber,
  slot: optionalText(200),
  starts_at: when.nullish(),
  ends_at: when.nullish(),
  pickup_point: optionalText(200),
  pickup_address: optionalText(300),
  first_name: optionalText(100),
  has_account: z.boolean().nullish(),
  items: z.array(z.object({ maker: optionalText(200), title: text(300), quantity: z.number(), total: cents })).default([]),
  item_total: cents.nullish(),
  // the resident's round-up for the fund: a donation, not goods (no VAT), shown apart
  roundup: cents.nullish(),
  shipping_total: cents.nullish(),
  total: cents.nullish(),
  pay_on_delivery: z.boolean().nullish(),
  price_breakdown: z.object({ price: cents, lines: z.array(z.object({ key: text(40), amount: cents })) }).nullish(),
})

const PARTS = ["artisan", "commission", "fund", "delivery", "vat", "other"] as const

export default defineTemplate({
  id: "delivery-round-chosen",
  audience: "resident",
  schema,
  render: ({ data, t, f, link }) => {
    const slot = data.starts_at && data.ends_at ? f.slot(data.starts_at, data.ends_at) : (data.slot ?? "")
    const pickup = Boolean(data.pickup_point)
    const blocks: Block[] = [
      { kind: "paragraph", text: t("hello", { name: data.first_name || "none" }) },
      {
        kind: "facts",
        rows: [
          pickup ? [t("pickup"), t("pickup_at", { point: [data.pickup_point, data.pickup_address].filter(Boolean).join(", "), slot })] : [t("delivery"), slot],
          ...(data.total != null ? [[t("payment"), t(data.pay_on_delivery ? "pay_on_delivery" : "paid_card", { amount: f.money(data.total) })] as [string, string]] : []),
        ],
      },
    ]
    if (data.items.length) {
      blocks.push({
        kind: "table",
        caption: t("items"),
        head: [t("maker"), t("product"), t("quantity"), t("amount")],
        rows: data.items.map((i) => [i.maker ?? "", i.title, f.number(i.quantity), f.money(i.total)]),
        numeric: [2, 3],
      })
      const sums: [string, number | null | undefined][] = [
        [t("goods"), data.item_total],
        [t("shipping"), data.shipping_total],
        [t("roundup"), data.roundup || null],
        [t("total"), data.total],
      ]
      blocks.push({ kind: "facts", rows: sums.filter(([, v]) => v != null).map(([k, v]) => [k, f.money(v!)]) })
    }
    const breakdown = data.price_breakdown
    if (breakdown?.lines.length) {
      const amountOf = (key: string) => breakdown.lines.filter((l) => l.key === key).reduce((s, l) => s + l.amount, 0)
      blocks.push({ kind: "heading", text: t("breakdown", { amount: f.money(breakdown.price) }) })
      blocks.push({ kind: "paragraph", text: t("breakdown_intro", { amount: f.money(breakdown.price) }) })
      blocks.push({
        kind: "facts",
        rows: PARTS.filter((k) => breakdown.lines.some((l) => l.key === k)).map((k) => [t(`part_${k}`), f.money(amountOf(k))]),
      })
    }
    blocks.push({ kind: "paragraph", text: t("next") })
    blocks.push({ kind: "button", label: t("view"), url: link(data.has_account ? `/account/ordini/${data.order_id}` : `/ordini/${data.order_id}/conferma`) })
    return {
      subject: t(pickup ? "subject_pickup" : "subject_home", { number: data.display_id, slot }),
      preheader: data.total != null ? `${t("total")}: ${f.money(data.total)}` : undefined,
      blocks,
    }
  },
  example: {
    order_id: "order_01EXAMPLE",
    display_id: 12,
    starts_at: "2026-12-03T16:00:00.000Z",
    ends_at: "2026-12-03T19:00:00.000Z",
    first_name: "Giulia",
    has_account: true,
    items: [
      { maker: "Forno San Nazaro", title: "Pagnotta di grani antichi · 1 kg", quantity: 2, total: 900 },
      { maker: "Miele delle Torricelle", title: "Miele di castagno · 500 g", quantity: 1, total: 850 },
    ],
    item_total: 1750,
    shipping_total: 250,
    roundup: 100,
    total: 2100,
    pay_on_delivery: true,
    price_breakdown: { price: 1750, lines: [{ key: "artisan", amount: 1208 }, { key: "commission", amount: 175 }, { key: "fund", amount: 18 }, { key: "delivery", amount: 35 }, { key: "vat", amount: 314 }] },
  },
})
