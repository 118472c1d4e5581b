/**
 * Throttling settings, read from the environment (README, "Configuration"):
 * - RBV_THROTTLE_TRIES        free attempts per account from one client (default 5); one client
 *                             gets 4× that across all accounts, one account 2× across all clients
 * - RBV_THROTTLE_BACKOFF_S    the first wait once the free attempts are used (default 2 s); each
 *                             further failure doubles it
 * - RBV_THROTTLE_MAX_BACKOFF_S the longest wait for one client (default 900 s); an account attacked
 *                             from many clients waits at most 60 s, so its owner is never locked out
 * - RBV_THROTTLE_MEMORY_S     how long attempts are remembered (default 3600 s)
 */
export type ThrottleSettings = {
  tries: number
  backoffS: number
  maxBackoffS: number
  accountMaxBackoffS: number
  memoryS: number
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

export function throttleSettings(env: NodeJS.ProcessEnv = process.env): ThrottleSettings {
  const maxBackoffS = positive(env.RBV_THROTTLE_MAX_BACKOFF_S, 900)
  return {
    tries: Math.floor(positive(env.RBV_THROTTLE_TRIES, 5)),
    backoffS: Math.ceil(positive(env.RBV_THROTTLE_BACKOFF_S, 2)),
    maxBackoffS,
    accountMaxBackoffS: Math.min(60, maxBackoffS),
    memoryS: Math.ceil(positive(env.RBV_THROTTLE_MEMORY_S, 3600)),
  }
}
