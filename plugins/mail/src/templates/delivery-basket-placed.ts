import { z } from "@medusajs/framework/zod"
import { defineTemplate } from "../lib/define-template"
import { cents, optionalText, orderNumber, text } from "../lib/fields"

// Sent by @rbv/delivery-rounds when a round's cutoff placed a resident's weekly basket (spesa
// fissa), or could place none of it: what went into the order and what was left out, and why. A
// basket paid with a saved card whose bank asks for the resident (3-D Secure) gets the link to
// confirm the payment before the cutoff instead; if they do not, a second message says it was released.
const line = z.object({ title: text(300), quantity: z.number() })
const REASONS = ["product_gone", "sold_out", "batch_full", "round_unavailable", "checkout_refused", "round_closed", "card_declined", "not_confirmed", "card_removed"] as const

export default defineTemplate({
  id: "delivery-basket-placed",
  audience: "resident",
  schema: z.object({
    placement_id: optionalText(100),
    awaiting_confirmation: z.boolean().default(false),
    payment: z.enum(["pay_on_delivery", "card"]).default("pay_on_delivery"),
    card: optionalText(60),
    confirm_by: optionalText(100),
    order_id: optionalText(100),
    display_id: orderNumber.nullish(),
    slot: optionalText(200),
    total: cents.nullish(),
    placed: z.array(line).default([]),
    left_out: z.array(line.extend({ reason: z.enum(REASONS) })).default([]),
  }),
  messages: {
    it: {
      subject_placed: "Spesa fissa: ordine n. {number} per il giro {slot}",
      subject_none: "Spesa fissa: questa volta non è partito nessun ordine ({slot})",
      placed: "Alla chiusura degli ordini abbiamo ordinato la tua spesa fissa per il giro {slot}. Paghi alla consegna: {amount}.",
      placed_card: "Alla chiusura degli ordini abbiamo ordinato la tua spesa fissa per il giro {slot}, pagata con la carta salvata {card}: {amount}.",
      subject_confirm: "Spesa fissa: conferma il pagamento con la carta entro {when}",
      confirm: "La tua banca chiede di confermare il pagamento della spesa fissa per il giro {slot} con la carta salvata {card}. Confermalo entro {when}: fino ad allora l'ordine aspetta e non è ancora partito; se non lo confermi non ordiniamo nulla e non paghi nulla.",
      confirm_button: "Conferma il pagamento",
      waiting: "In attesa di conferma",
      none: "Alla chiusura degli ordini del giro {slot} non abbiamo potuto ordinare nulla della tua spesa fissa: non paghi nulla.",
      went_in: "Nell'ordine",
      left_out: "Non ordinato questa volta",
      reason_product_gone: "non più in vendita",
      reason_sold_out: "esaurito",
      reason_batch_full: "l'infornata del giro è finita",
      reason_round_unavailable: "il giro non fa più questa consegna",
      reason_checkout_refused: "il giro non ha potuto accettare l'ordine",
      reason_round_closed: "il giro ha chiuso gli ordini prima che potessimo ordinarla",
      reason_card_declined: "la carta salvata è stata rifiutata: non ti abbiamo addebitato nulla",
      reason_not_confirmed: "il pagamento non è stato confermato prima della chiusura degli ordini",
      reason_card_removed: "hai rimosso la carta con cui aspettava la conferma: non ti abbiamo addebitato nulla",
      none_card_removed: "Hai rimosso la carta salvata: l'ordine della tua spesa fissa per il giro {slot}, che aspettava la conferma del pagamento, è annullato e non paghi nulla. Per questo giro puoi ancora fare la spesa dal negozio fino alla chiusura degli ordini; dai prossimi giri la spesa fissa si paga alla consegna.",
      line: "{quantity} × {title}",
      line_out: "{quantity} × {title} — {reason}",
      view: "Vedi l'ordine",
      manage: "Gestisci la spesa fissa",
    },
    en: {
      subject_placed: "Weekly basket: order no. {number} for the round {slot}",
      subject_none: "Weekly basket: no order went out this time ({slot})",
      placed: "At the order cutoff we ordered your weekly basket for the round {slot}. You pay on delivery: {amount}.",
      placed_card: "At the order cutoff we ordered your weekly basket for the round {slot}, paid with your saved card {card}: {amount}.",
      subject_confirm: "Weekly basket: confirm the card payment by {when}",
      confirm: "Your bank asks you to confirm the payment of your weekly basket for the round {slot} with your saved card {card}. Confirm it by {when}: until then the order waits and has not gone out; if you do not confirm it we order nothing and you pay nothing.",
      confirm_button: "Confirm the payment",
      waiting: "Waiting for your confirmation",
      none: "At the order cutoff of the round {slot} we could not order anything of your weekly basket: you pay nothing.",
      went_in: "In the order",
      left_out: "Not ordered this time",
      reason_product_gone: "no longer on sale",
      reason_sold_out: "sold out",
      reason_batch_full: "the round's batch is sold out",
      reason_round_unavailable: "the round no longer makes this delivery",
      reason_checkout_refused: "the round could not take the order",
      reason_round_closed: "the round closed its orders before we could place it",
      reason_card_declined: "your saved card was declined: nothing was charged",
      reason_not_confirmed: "the payment was not confirmed before the order cutoff",
      reason_card_removed: "you removed the card it waited to be confirmed with: nothing was charged",
      none_card_removed: "You removed your saved card: the order of your weekly basket for the round {slot}, which waited for you to confirm the payment, is cancelled and you pay nothing. You can still shop for this round in the shop until its order cutoff; from the next rounds the weekly basket is paid on delivery.",
      line: "{quantity} × {title}",
      line_out: "{quantity} × {title} — {reason}",
      view: "See the order",
      manage: "Manage the weekly basket",
    },
  },
  render: ({ data, t, f, link }) => {
    const placed = Boolean(data.order_id)
    // Released because the resident removed the card it waited for: not the cutoff's doing, said so.
    const cardRemoved = data.left_out.some((l) => l.reason === "card_removed")
    const slot = data.slot ?? ""
    const card = data.card ?? ""
    const lines = (heading: string) =>
      data.placed.length ? [{ kind: "heading" as const, text: heading }, ...data.placed.map((l) => ({ kind: "paragraph" as const, text: t("line", { quantity: l.quantity, title: l.title }) }))] : []
    const leftOut = data.left_out.length
      ? [
          { kind: "heading" as const, text: t("left_out") },
          ...data.left_out.map((l) => ({ kind: "paragraph" as const, text: t("line_out", { quantity: l.quantity, title: l.title, reason: t(`reason_${l.reason}`) }) })),
        ]
      : []
    const manage = { kind: "button" as const, label: t("manage"), url: link("/account/spesa-fissa") }
    if (data.awaiting_confirmation && data.placement_id) {
      const when = data.confirm_by ?? slot
      return {
        subject: t("subject_confirm", { when }),
        blocks: [
          { kind: "paragraph", text: t("confirm", { slot, card, when }) },
          { kind: "button", label: t("confirm_button"), url: link(`/account/spesa-fissa/conferma/${data.placement_id}`) },
          ...lines(t("waiting")),
          ...leftOut,
          manage,
        ],
      }
    }
    const paid = data.payment === "card" ? t("placed_card", { slot, card, amount: f.money(data.total ?? 0) }) : t("placed", { slot, amount: f.money(data.total ?? 0) })
    return {
      subject: placed ? t("subject_placed", { number: data.display_id ?? "", slot }) : t("subject_none", { slot }),
      blocks: [
        { kind: "paragraph", text: placed ? paid : cardRemoved ? t("none_card_removed", { slot }) : t("none", { slot }) },
        ...lines(t("went_in")),
        ...leftOut,
        ...(placed ? [{ kind: "button" as const, label: t("view"), url: link(`/ordini/${data.order_id}/conferma`) }] : []),
        manage,
      ],
    }
  },
  example: {
    order_id: "order_01EXAMPLE",
    display_id: 42,
    slot: "gio 3 dic, 17:00–20:00",
    total: 1850,
    placed: [{ title: "Pagnotta di grani antichi", quantity: 2 }],
    left_out: [{ title: "Miele di acacia", quantity: 1, reason: "sold_out" }],
  },
})
