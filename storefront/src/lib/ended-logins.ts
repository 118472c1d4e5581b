import "server-only"
import { vendorLogin } from "./data/bottega"
import { customerLogin } from "./data/customer"
import { volunteerLogin } from "./data/logistics"
import { removeAuthToken, removeVendorToken } from "./cookies"
import { removeVolunteerToken } from "./volunteer-session"

const LOGINS = [
  ["customer", customerLogin, removeAuthToken],
  ["vendor", vendorLogin, removeVendorToken],
  ["volunteer", volunteerLogin, removeVolunteerToken],
] as const

/**
 * Forgets this browser's logins that Medusa says ended with a change of their password: the header,
 * which goes by the cookies alone, then stops showing them signed in. A live login is never touched.
 */
export async function forgetEndedLogins(): Promise<string[]> {
  const forgotten: string[] = []
  for (const [actor, login, remove] of LOGINS) {
    if (!(await login()).ended) continue
    await remove()
    forgotten.push(actor)
  }
  return forgotten
}
