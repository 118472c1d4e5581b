import { model } from "@medusajs/framework/utils"
import { DeliveryRound } from "./delivery-round"

/** A maker's packing list for a round, e-mailed once when the round closed: sent means sent. */
export const PackingListDispatch = model
  .define("packing_list_dispatch", {
    id: model.id({ prefix: "plist" }).primaryKey(),
    vendor_id: model.text(),
    // The notification Medusa keeps of the e-mail (its template, recipient and data).
    notification_id: model.text().nullable(),
    sent_at: model.dateTime(),
    round: model.belongsTo(() => DeliveryRound, { mappedBy: "packing_lists" }),
  })
  .indexes([{ on: ["round_id", "vendor_id"], unique: true }])
