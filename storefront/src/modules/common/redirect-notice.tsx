"use client"

import { useEffect, type ReactNode } from "react"

/**
 * What a redirect came to say (`?eliminato=1`): said once. The parameter leaves the address bar as soon as it is
 * read (Next keeps its router in step with `history.replaceState`, without rendering the page again), so a reload,
 * a bookmark or a shared link does not say it again.
 */
export function RedirectNotice({ params, children }: { params: string[]; children: ReactNode }) {
  const names = params.join(",")
  useEffect(() => {
    const url = new URL(window.location.href)
    const carried = names.split(",").filter((p) => url.searchParams.has(p))
    if (!carried.length) return
    for (const p of carried) url.searchParams.delete(p)
    window.history.replaceState(null, "", url)
  }, [names])
  return (
    <p className="notice notice--ok" role="status">
      {children}
    </p>
  )
}
