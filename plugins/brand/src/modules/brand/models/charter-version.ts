import { model } from "@medusajs/framework/utils"

// The brand charter ("disciplinare"): a numbered list of criteria. Coordinators edit a draft;
// once published a version is never changed again, so a certificate always says what it certified.
export const CharterVersion = model
  .define("charter_version", {
    id: model.id({ prefix: "chv" }).primaryKey(),
    version: model.number(),
    // [{ key, title, description }]
    criteria: model.json(),
    notes: model.text().nullable(),
    published_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["version"], unique: true }])
