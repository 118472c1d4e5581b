import { Link } from "@/modules/common/link"
import type { ReactNode } from "react"

/** The way back above a page's title (to the orders, to the baskets, to the round). */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href}>{children}</Link>
    </p>
  )
}
