import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { cents, orderNumber, text } from "../lib/fields"

// Sent by @rbv/vendors when a maker (or the coordinators) cancelled the maker's part of a
// resident's order: which maker, the reason in the maker's words, and what the order comes to now.
export default defineTemplate({
  id: "vendor-part-cancelled",
  audience: "resident",
  schema: z.object({
    order_id: text(100),
    display_id: orderNumber,
    maker: text(200),
    reason: text(500),
    amount: cents,
    total: cents,
    outcome: z.enum(["on_delivery", "card", "card_refunded", "order_cancelled"]),
  }),
  messages: {
    it: {
      subject: "Ordine n. {number}: {maker} non può preparare la sua parte",
      body: "{maker} ha dovuto annullare la sua parte del tuo ordine ({amount}). Il motivo, nelle sue parole:",
      on_delivery: "Il resto dell'ordine arriva come previsto. Alla consegna paghi {total}.",
      card: "Il resto dell'ordine arriva come previsto. Sulla carta addebitiamo solo il nuovo totale, {total}.",
      card_refunded: "Il resto dell'ordine arriva come previsto, il nuovo totale è {total}: ti restituiamo {amount} sulla carta che hai usato.",
      order_cancelled: "Nel tuo ordine non resta altro da consegnare: è annullato e non paghi nulla.",
      view: "Vedi l'ordine",
    },
    en: {
      subject: "Order no. {number}: {maker} cannot make its part",
      body: "{maker} had to cancel its part of your order ({amount}). The reason, in its own words:",
      on_delivery: "The rest of your order arrives as planned. You pay {total} on delivery.",
      card: "The rest of your order arrives as planned. We charge only the new total, {total}, to your card.",
      card_refunded: "The rest of your order arrives as planned, the new total is {total}: we give {amount} back to the card you used.",
      order_cancelled: "Nothing else is left to deliver in your order: it is cancelled and you pay nothing.",
      view: "See the order",
    },
  },
  render: ({ data, t, f, link }) => ({
    subject: t("subject", { number: data.display_id, maker: data.maker }),
    blocks: [
      { kind: "paragraph", text: t("body", { maker: data.maker, amount: f.money(data.amount) }) },
      { kind: "quote", text: data.reason },
      { kind: "paragraph", text: t(data.outcome, { total: f.money(data.total), amount: f.money(data.amount) }) },
      { kind: "button", label: t("view"), url: link(`/ordini/${data.order_id}/conferma`) },
    ],
  }),
  example: { order_id: "order_01EXAMPLE", display_id: 12, maker: "Forno San Nazaro", reason: "Il forno si è guastato: niente pane giovedì.", amount: 960, total: 1450, outcome: "on_delivery" },
})
