import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import type { RoundDetail, RoundSummary, Volunteer } from "@/modules/logistics/types"
import { sdk } from "../medusa"
import { nullIfNotFound } from "../util/errors"
import { NO_LOGIN, readLogin, type LoginState } from "./login-state"
import { volunteerHeaders } from "../volunteer-session"

/** What /logistica reads from the `/logistics/*` API, on behalf of the signed-in volunteer. */

async function volunteerFetch<T>(path: string): Promise<T> {
  const headers = await volunteerHeaders()
  if (!headers) redirect("/logistica/accesso")
  // Rounds change under the rider's feet (other riders, the planner): never cached.
  return sdk.client.fetch<T>(path, { headers, cache: "no-store" })
}

/** The volunteer's login in this browser (once per request). */
export const volunteerLogin = cache(async (): Promise<LoginState<Volunteer>> => {
  if (!(await volunteerHeaders())) return NO_LOGIN
  return readLogin(async () => (await volunteerFetch<{ volunteer: Volunteer }>("/logistics/me")).volunteer)
})

/** The signed-in volunteer, or null when nobody is signed in or the login expired. */
export const retrieveVolunteer = async (): Promise<Volunteer | null> => (await volunteerLogin()).value

/** For every page of /logistica but the login: anyone else goes to the login. */
export async function requireVolunteer(): Promise<Volunteer> {
  const volunteer = await retrieveVolunteer()
  if (!volunteer) redirect("/logistica/accesso")
  return volunteer
}

export async function listRounds(): Promise<RoundSummary[]> {
  const { rounds } = await volunteerFetch<{ rounds: RoundSummary[] }>("/logistics/rounds")
  return rounds
}

/** One of the volunteer's rounds, or null when it does not exist or is not theirs (the API says 404 for both). */
export async function retrieveRound(id: string): Promise<RoundDetail | null> {
  return nullIfNotFound(async () => (await volunteerFetch<{ round: RoundDetail }>(`/logistics/rounds/${encodeURIComponent(id)}`)).round)
}
