import { model } from "@medusajs/framework/utils"

// "Spesa sospesa": a basket paid by a resident for a family in need. Only coordinators see to
// whom it was given; the family redeems it once, at a pickup point, with its code.
export const Voucher = model
  .define("voucher", {
    id: model.id({ prefix: "vch" }).primaryKey(),
    code: model.text(),
    order_id: model.text(),
    amount: model.number(),
    status: model.enum(["available", "assigned", "redeemed"]).default("available"),
    beneficiary: model.text().nullable(),
    assigned_at: model.dateTime().nullable(),
    redeemed_at: model.dateTime().nullable(),
    redeemed_at_point: model.text().nullable(),
  })
  .indexes([{ on: ["code"], unique: true }, { on: ["order_id"] }])
