import { model } from "@medusajs/framework/utils"
import { CharterCriterion } from "./charter-criterion"

// The brand charter ("disciplinare"): a numbered list of criteria. Coordinators edit a draft;
// once published a version is never changed again, so a certificate always says what it certified.
export const CharterVersion = model
  .define("charter_version", {
    id: model.id({ prefix: "chv" }).primaryKey(),
    version: model.number(),
    criteria: model.hasMany(() => CharterCriterion, { mappedBy: "charter_version" }),
    notes: model.text().nullable(),
    published_at: model.dateTime().nullable(),
  })
  .cascades({ delete: ["criteria"] })
  .indexes([{ on: ["version"], unique: true }])
