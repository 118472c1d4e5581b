import { model } from "@medusajs/framework/utils"

export const CERTIFICATION_STATUSES = ["submitted", "changes_requested", "approved", "rejected", "expired"] as const

// One artisan's adherence to one charter version: evidence per criterion, the coordinators'
// review, and — once approved — the period in which the shop may carry the brand mark.
export const Certification = model
  .define("certification", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    vendor_id: model.text(),
    charter_version_id: model.text(),
    status: model.enum([...CERTIFICATION_STATUSES]).default("submitted"),
    // [{ criterion_key, evidence, photos: string[] }]
    adherence: model.json(),
    review_note: model.text().nullable(),
    submitted_at: model.dateTime(),
    reviewed_at: model.dateTime().nullable(),
    valid_from: model.dateTime().nullable(),
    valid_until: model.dateTime().nullable(),
    reminder_sent_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["vendor_id", "charter_version_id"], unique: true }, { on: ["status", "valid_until"] }])
