"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { completeStopBody, completeStopSchema, logisticsFieldErrors, parsePlanLocks } from "@/modules/logistics/schemas"
import type { RoundDetail } from "@/modules/logistics/types"
import { sdk } from "../medusa"
import { removeVolunteerToken, setVolunteerToken } from "../volunteer-session"
import { formAction, VOLUNTEER } from "./form-action"
import { changePasswordAction } from "./password-change"
import { formValues } from "./form-state"
import { medusaId } from "./schemas"
import { loginAction, logoutAction } from "./password-login"
import { newPasswordAction, resetRequestAction } from "./password-reset"

export const loginVolunteer = loginAction("volunteer", setVolunteerToken, () => "/logistica")

export const requestVolunteerPasswordReset = resetRequestAction("volunteer")

export const setVolunteerPassword = newPasswordAction("volunteer", setVolunteerToken, "/logistica")

export const changeVolunteerPassword = changePasswordAction(VOLUNTEER, "/logistics/me/password", "volunteer", setVolunteerToken)

export const logoutVolunteer = logoutAction(removeVolunteerToken, "/logistica/accesso")

/** The number of stops the re-plan form was drawn for (a lock's position is at most that). */
function stopCountOf(formData: FormData): number {
  const stopCount = Number(formData.get("stop_count") ?? 0)
  return Number.isInteger(stopCount) ? stopCount : 0
}

/** `POST /logistics/rounds/:id/plan`, with the stops the volunteer locked in place. */
export const planRound = formAction({
  caller: VOLUNTEER,
  schema: z.object({ round_id: medusaId }),
  hidden: { round_id: "errors.invalid" },
  // Ticked boxes share one name: keep each one so the form comes back as it was sent.
  values: (formData) => ({ ...formValues(formData), ...Object.fromEntries(formData.getAll("lock").map((id) => [`lock_${String(id)}`, String(id)])) }),
  read: (formData) => ({ round_id: formData.get("round_id") }),
  check: (formData, t) => Object.fromEntries(Object.entries(parsePlanLocks(formData, stopCountOf(formData)).fieldErrors).map(([field, key]) => [field, t(key)])),
  call: ({ round_id }, headers, formData) => {
    const { locks } = parsePlanLocks(formData, stopCountOf(formData))
    return sdk.client.fetch<{ round: RoundDetail }>(`/logistics/rounds/${round_id}/plan`, { method: "POST", headers, body: locks.length ? { locks } : {} })
  },
  done: ({ result: { round }, t }) => {
    const plan = round.plan
    if (plan && (plan.unassigned.length || plan.unlocated.length)) {
      return { message: t("logistics.plan.done_with_warnings", { unassigned: plan.unassigned.length, unlocated: plan.unlocated.length }) }
    }
    return { message: t("logistics.plan.done", { count: round.stops.length }) }
  },
})

/** `POST /logistics/rounds/:id/start`, then straight to run mode. */
export const startRound = formAction({
  caller: VOLUNTEER,
  schema: z.object({ round_id: medusaId }),
  button: true,
  call: ({ round_id }, headers) => sdk.client.fetch(`/logistics/rounds/${round_id}/start`, { method: "POST", headers }),
  refresh: false,
  done: ({ input }) => redirect(`/logistica/giri/${input.round_id}/corsa`),
})

/** `POST /logistics/rounds/:id/finish`: no door left to ride to, the failed ones left to the coordinators. */
export const finishRound = formAction({
  caller: VOLUNTEER,
  schema: z.object({ round_id: medusaId }),
  button: true,
  call: ({ round_id }, headers) => sdk.client.fetch(`/logistics/rounds/${round_id}/finish`, { method: "POST", headers }),
  refresh: false,
  done: ({ input }) => redirect(`/logistica/giri/${input.round_id}/corsa`),
})

/** Delivered or not (with a note), and the money taken: `POST …/stops/:stop_id/complete`. */
export const completeStop = formAction({
  caller: VOLUNTEER,
  schema: completeStopSchema,
  read: (formData) => ({
    round_id: formData.get("round_id"),
    stop_id: formData.get("stop_id"),
    outcome: formData.get("outcome") ?? undefined,
    note: formData.get("note") ?? undefined,
    amount_collected: formData.get("amount_collected") ?? undefined,
  }),
  invalid: logisticsFieldErrors,
  fields: ["outcome", "note", "amount_collected"],
  call: (input, headers) =>
    sdk.client.fetch(`/logistics/rounds/${input.round_id}/stops/${input.stop_id}/complete`, { method: "POST", headers, body: completeStopBody(input) }),
  refresh: false,
  // Back to run mode, which now shows the next stop and says which one was just recorded.
  done: ({ input }) => redirect(`/logistica/giri/${input.round_id}/corsa?fatto=${input.stop_id}`),
})
