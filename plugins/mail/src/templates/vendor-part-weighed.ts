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
  messages: {
    it: {
      subject: "Ordine n. {number}: {maker} ha pesato la tua spesa, il totale è {total}",
      body: "{maker} ha pesato quello che hai comprato a peso. Paghi il peso reale:",
      subject_corrected: "Ordine n. {number}: {maker} ha corretto il peso, il totale è {total}",
      body_corrected: "{maker} aveva scritto un peso sbagliato e l'ha corretto. Paghi il peso reale:",
      card_refunded: "Sulla carta ti restituiamo {refunded}: in tutto paghi {total}.",
      product: "Prodotto",
      weight: "Peso",
      estimate: "Stima",
      amount: "Prezzo",
      capped: "{amount} (oltre la tolleranza: paghi la stima più la tolleranza)",
      total: "Il totale dell'ordine passa da {before} a {total}.",
      card: "Lo addebitiamo sulla carta che hai usato quando l'ultimo artigiano avrà pesato la sua parte.",
      card_charged: "Abbiamo addebitato {total} sulla carta che hai usato: il resto dell'autorizzazione è annullato.",
      on_delivery: "Alla consegna paghi {total}.",
      view: "Vedi l'ordine",
    },
    en: {
      subject: "Order no. {number}: {maker} weighed your shopping, the total is {total}",
      body: "{maker} weighed what you bought by weight. You pay the real weight:",
      subject_corrected: "Order no. {number}: {maker} corrected the weight, the total is {total}",
      body_corrected: "{maker} had typed a wrong weight and corrected it. You pay the real weight:",
      card_refunded: "We give {refunded} back to your card: you pay {total} in all.",
      product: "Product",
      weight: "Weight",
      estimate: "Estimate",
      amount: "Price",
      capped: "{amount} (over the tolerance: you pay the estimate plus the tolerance)",
      total: "The order total goes from {before} to {total}.",
      card: "We charge it to the card you used once the last maker has weighed their part.",
      card_charged: "We charged {total} to the card you used: the rest of the authorisation is released.",
      on_delivery: "You pay {total} on delivery.",
      view: "See the order",
    },
  },
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
