import type { ReactNode } from "react"
import "@/modules/logistics/logistics.css"

/** /logistica: the delivery volunteers' area (its own styles, loaded only here). */
export default function LogisticaLayout({ children }: { children: ReactNode }) {
  return children
}
