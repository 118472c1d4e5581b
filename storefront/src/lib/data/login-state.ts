import "server-only"
import { toUserError } from "../util/errors"

/** What Medusa says when a login's token predates its password's change (@rbv/kit's sessions). */
const SESSION_ENDED = "session_ended"

/**
 * This browser's login as the API sees it: who (null for nobody, or a login the API refuses) and
 * whether it was refused because the password changed since — here or on another device — so the
 * sign-in page can say why the visitor is signed out.
 */
export type LoginState<T> = { value: T | null; ended: boolean }

export const NO_LOGIN: LoginState<never> = { value: null, ended: false }

/** Reads a login's own record (`/store/customers/me`, `/vendor/me`, `/logistics/me`). */
export async function readLogin<T>(read: () => Promise<T>): Promise<LoginState<T>> {
  try {
    return { value: await read(), ended: false }
  } catch (error) {
    const refusal = toUserError(error)
    if (refusal.kind === "unauthorized") return { value: null, ended: refusal.code === SESSION_ENDED }
    throw error
  }
}
