import "server-only"
import { cookies } from "next/headers"
import { baseOptions } from "./cookies"

/** The logistics volunteer's login for /logistica: its own cookie, never mixed with a resident's or an artisan's. */
export const VOLUNTEER_AUTH_COOKIE = "rbv_volunteer_token"

export async function getVolunteerToken(): Promise<string | undefined> {
  return (await cookies()).get(VOLUNTEER_AUTH_COOKIE)?.value
}

export async function setVolunteerToken(token: string): Promise<void> {
  // A round lasts an evening: a day's login is enough and limits a lost phone's reach.
  ;(await cookies()).set(VOLUNTEER_AUTH_COOKIE, token, { ...(await baseOptions()), maxAge: 60 * 60 * 24 })
}

export async function removeVolunteerToken(): Promise<void> {
  ;(await cookies()).delete(VOLUNTEER_AUTH_COOKIE)
}

/** Headers for a call made on behalf of the signed-in volunteer, or null when nobody is. */
export async function volunteerHeaders(): Promise<{ authorization: string } | null> {
  const token = await getVolunteerToken()
  return token ? { authorization: `Bearer ${token}` } : null
}
