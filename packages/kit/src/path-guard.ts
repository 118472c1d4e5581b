import type { NextFunction, Request, Response } from "express"

const MAX_SEGMENT = 200
// NUL and the other C0/C1 control characters: no id, handle or file name contains them, and
// PostgreSQL refuses NUL in text (a 500 when it reached a query).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** Why a path segment cannot name anything, or null when it can. */
export function badPathSegment(raw: string): string | null {
  if (raw.length > MAX_SEGMENT) return `a path segment has ${raw.length} characters (at most ${MAX_SEGMENT})`
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return "a path segment is not valid percent-encoding"
  }
  if (CONTROL.test(decoded)) return "a path segment contains control characters"
  return null
}

/**
 * Answers 400 for a path that cannot name any resource, before a route decodes it: Express
 * turns bad percent-encoding into an error Medusa reports as 500, and a NUL byte reaches
 * PostgreSQL. Mounted on every path by each plugin (it is idempotent), so no route of ours —
 * or of the shop that installs us — needs to defend itself against these.
 */
export const BAD_PATH = { type: "invalid_data", code: "invalid_path", field: "path" }

export function pathGuard(req: Request & { rbvPathChecked?: boolean }, res: Response, next: NextFunction) {
  if (req.rbvPathChecked) return next()
  req.rbvPathChecked = true
  const path = (req.originalUrl ?? req.url).split("?")[0]
  for (const segment of path.split("/")) {
    const problem = badPathSegment(segment)
    if (problem) return res.status(400).json({ ...BAD_PATH, message: `path: ${problem}` })
  }
  next()
}
