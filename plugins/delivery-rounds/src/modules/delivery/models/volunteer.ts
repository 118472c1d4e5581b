import { model } from "@medusajs/framework/utils"
import { DeliveryRound } from "./delivery-round"

export const VOLUNTEER_ROLES = ["rider", "planner"] as const

/** A logistics volunteer: riders see the rounds assigned to them, planners every round. */
export const Volunteer = model.define("volunteer", {
  id: model.id({ prefix: "vol" }).primaryKey(),
  name: model.text().searchable(),
  email: model.text().unique(),
  phone: model.text().nullable(),
  role: model.enum([...VOLUNTEER_ROLES]).default("rider"),
  // sha256 of the one-time invite token; cleared once the volunteer has a login.
  invite_token_hash: model.text().nullable(),
  invite_expires_at: model.dateTime().nullable(),
  has_login: model.boolean().default(false),
  // A coordinator deactivates a volunteer who leaves: every /logistics request of theirs is
  // refused from then on, even with a token issued before.
  active: model.boolean().default(true),
  rounds: model.manyToMany(() => DeliveryRound, { mappedBy: "volunteers" }),
})
