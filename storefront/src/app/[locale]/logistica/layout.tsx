import type { ReactNode } from "react"
import "@/modules/logistics/logistics.css"

/**
 * /logistica: the delivery volunteers' area (its own styles, loaded only here). The wrapper
 * tells the shared header to step aside (globals.css): a volunteer on a run needs the stop,
 * not the shop's search and categories.
 */
export default function LogisticaLayout({ children }: { children: ReactNode }) {
  return <div className="volunteer-area">{children}</div>
}
