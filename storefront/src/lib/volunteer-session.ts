import "server-only"
import { bearer, ownCookie } from "./cookies"

/** The logistics volunteer's login for /logistica: its own cookie, never mixed with a resident's or an artisan's. */
export const VOLUNTEER_AUTH_COOKIE = "rbv_volunteer_token"

// A round lasts an evening: a day's login is enough and limits a lost phone's reach.
export const { get: getVolunteerToken, set: setVolunteerToken, remove: removeVolunteerToken } = ownCookie(VOLUNTEER_AUTH_COOKIE, 60 * 60 * 24)

/** Headers for a call made on behalf of the signed-in volunteer, or null when nobody is. */
export async function volunteerHeaders(): Promise<{ authorization: string } | null> {
  return bearer(await getVolunteerToken())
}
