"use client"

import { useEffect } from "react"
import { refreshVisitor } from "@/modules/visitor/visitor-store"

/** Why the visitor is at the sign-in; meanwhile the dead login is forgotten, so the header says «Accedi». */
export function EndedLoginNotice({ text }: { text: string }) {
  useEffect(() => {
    void fetch("/api/visitor/ended-logins", { method: "POST", credentials: "same-origin" }).then(() => refreshVisitor(), () => undefined)
  }, [])
  return (
    <p className="notice notice--warning" role="status">
      {text}
    </p>
  )
}
