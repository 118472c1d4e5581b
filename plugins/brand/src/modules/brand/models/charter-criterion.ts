import { model } from "@medusajs/framework/utils"
import { CharterVersion } from "./charter-version"

// One criterion of a charter version. Its own row, so coordinators translate its title and
// description in admin → Translations (Medusa's Translation Module cannot translate inside JSON).
export const CharterCriterion = model
  .define("charter_criterion", {
    id: model.id({ prefix: "chc" }).primaryKey(),
    key: model.text(),
    title: model.text().translatable(),
    description: model.text().translatable().nullable(),
    position: model.number(),
    charter_version: model.belongsTo(() => CharterVersion, { mappedBy: "criteria" }),
  })
  .indexes([{ on: ["charter_version_id", "key"], unique: true, where: "deleted_at IS NULL" }])
