import type { ReactNode } from "react"

type SectionProps = {
  /** The h2's id, which names the section for assistive technology. */
  id: string
  title: string
  /** The word shown instead of the content when there is nothing to show («no makers yet»). */
  empty?: string | null
  children: ReactNode
}

/** A page section titled by its h2; its content, or the word that there is none. */
export function Section({ id, title, empty, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {empty ? <p>{empty}</p> : children}
    </section>
  )
}
