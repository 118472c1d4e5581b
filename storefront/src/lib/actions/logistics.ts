"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { completeStopBody, completeStopSchema, logisticsFieldErrors, parsePlanLocks } from "@/modules/logistics/schemas"
import type { RoundDetail } from "@/modules/logistics/types"
import { getT } from "../i18n/server"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { removeVolunteerToken, setVolunteerToken, volunteerHeaders } from "../volunteer-session"
import { formValues, type FormState } from "./form-state"
import { apiErrorState } from "./form-errors"
import { medusaId } from "./schemas"
import { passwordLogin } from "./password-login"

export async function loginVolunteer(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await passwordLogin("volunteer", formData)
  if ("state" in outcome) return outcome.state
  await setVolunteerToken(outcome.token)
  redirect("/logistica")
}

export async function logoutVolunteer(): Promise<void> {
  await removeVolunteerToken()
  redirect("/logistica/accesso")
}

/**
 * An API refusal → form state: the message of its code, next to the field it names when the form
 * has that field. A lost session and a round gone have their own words.
 */
function refusalState(error: unknown, t: Translate, values: Record<string, string>, fields: readonly string[] = []): FormState {
  const userError = toUserError(error)
  if (userError.kind === "unauthorized") return { error: t("logistics.errors.session"), values }
  if (userError.kind === "not_found") return { error: t("logistics.errors.round_gone"), values }
  return apiErrorState(error, t, values, (path) => (fields.includes(path[0]) ? path[0] : null))
}

/** `POST /logistics/rounds/:id/plan`, with the stops the volunteer locked in place. */
export async function planRound(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await volunteerHeaders()
  if (!headers) return { error: t("logistics.errors.session"), values }
  // Ticked boxes share one name: keep each one so the form comes back as it was sent.
  for (const id of formData.getAll("lock")) values[`lock_${String(id)}`] = String(id)
  const roundId = medusaId.safeParse(formData.get("round_id"))
  if (!roundId.success) return { error: t("errors.invalid"), values }
  const stopCount = Number(formData.get("stop_count") ?? 0)
  const { locks, fieldErrors } = parsePlanLocks(formData, Number.isInteger(stopCount) ? stopCount : 0)
  if (Object.keys(fieldErrors).length) {
    return { fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])), values }
  }
  let round: RoundDetail
  try {
    ;({ round } = await sdk.client.fetch<{ round: RoundDetail }>(`/logistics/rounds/${roundId.data}/plan`, {
      method: "POST",
      headers,
      body: locks.length ? { locks } : {},
    }))
  } catch (error) {
    return refusalState(error, t, values)
  }
  refresh()
  const plan = round.plan
  if (plan && (plan.unassigned.length || plan.unlocated.length)) {
    return { message: t("logistics.plan.done_with_warnings", { unassigned: plan.unassigned.length, unlocated: plan.unlocated.length }) }
  }
  return { message: t("logistics.plan.done", { count: round.stops.length }) }
}

/** `POST /logistics/rounds/:id/start`, then straight to run mode. */
export async function startRound(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await volunteerHeaders()
  if (!headers) return { error: t("logistics.errors.session") }
  const roundId = medusaId.safeParse(formData.get("round_id"))
  if (!roundId.success) return { error: t("errors.invalid") }
  try {
    await sdk.client.fetch(`/logistics/rounds/${roundId.data}/start`, { method: "POST", headers })
  } catch (error) {
    return refusalState(error, t, {})
  }
  redirect(`/logistica/giri/${roundId.data}/corsa`)
}

const COMPLETE_FIELDS = ["outcome", "note", "amount_collected"] as const

/** Delivered or not (with a note), and the money taken: `POST …/stops/:stop_id/complete`. */
export async function completeStop(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await volunteerHeaders()
  if (!headers) return { error: t("logistics.errors.session"), values }
  const parsed = completeStopSchema.safeParse({
    round_id: formData.get("round_id"),
    stop_id: formData.get("stop_id"),
    outcome: formData.get("outcome") ?? undefined,
    note: formData.get("note") ?? undefined,
    amount_collected: formData.get("amount_collected") ?? undefined,
  })
  if (!parsed.success) return { fieldErrors: logisticsFieldErrors(parsed.error, t), values }
  const { round_id, stop_id } = parsed.data
  try {
    await sdk.client.fetch(`/logistics/rounds/${round_id}/stops/${stop_id}/complete`, {
      method: "POST",
      headers,
      body: completeStopBody(parsed.data),
    })
  } catch (error) {
    return refusalState(error, t, values, COMPLETE_FIELDS)
  }
  // Back to run mode, which now shows the next stop and says which one was just recorded.
  redirect(`/logistica/giri/${round_id}/corsa?fatto=${stop_id}`)
}
