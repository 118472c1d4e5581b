"use client"

import en from "../../messages/en.json"
import it from "../../messages/it.json"

/** Last resort when even the root layout fails: both languages, no dependency on the app. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="it">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", color: "#2b2118", background: "#fbf6ee" }}>
        <title>{it.errors.page_title}</title>
        <h1>{it.errors.page_title}</h1>
        <p>{it.errors.page_text}</p>
        <p lang="en">{en.errors.page_text}</p>
        <button type="button" onClick={() => retry()} style={{ padding: "0.75rem 1.25rem", fontSize: "1rem" }}>
          {it.errors.retry} / <span lang="en">{en.errors.retry}</span>
        </button>
      </body>
    </html>
  )
}
