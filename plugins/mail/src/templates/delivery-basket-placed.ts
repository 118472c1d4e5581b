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
