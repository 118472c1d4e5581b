import type { ReactNode } from "react"

/** One figure in a list of them (a `<dl>` of totals, facts, counts): its name and its value. */
export function Figure({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
