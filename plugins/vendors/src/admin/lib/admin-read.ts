import { useEffect, useState } from "react"
import { adminFetch } from "./sdk"

/** A widget's read: loading, what the API said, or why it could not be read (a failure must not look like "nothing"). */
export type AdminRead<T> = { state: "loading" } | { state: "loaded"; data: T } | { state: "failed"; message: string }

/** GETs `path` from the API, again whenever `path` (or `again`) changes. */
export function useAdminRead<T>(path: string, again?: unknown): AdminRead<T> {
  const [read, setRead] = useState<AdminRead<T>>({ state: "loading" })
  useEffect(() => {
    setRead({ state: "loading" })
    adminFetch<T>(path)
      .then((data) => setRead({ state: "loaded", data }))
      .catch((e: Error) => setRead({ state: "failed", message: e.message }))
  }, [path, again])
  return read
}
