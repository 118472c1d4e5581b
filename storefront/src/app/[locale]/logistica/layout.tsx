import type { ReactNode } from "react"
import { partLayout } from "@/modules/common/client-messages"
import "@/modules/logistics/logistics.css"

const LogisticsMessages = partLayout("logistics")

/**
 * /logistica: the delivery volunteers' area (its own styles and messages, loaded only here). The
 * wrapper tells the shared header to step aside (globals.css): a volunteer on a run needs the stop,
 * not the shop's search and categories.
 */
export default function LogisticaLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <div className="volunteer-area">
      <LogisticsMessages params={params}>{children}</LogisticsMessages>
    </div>
  )
}
