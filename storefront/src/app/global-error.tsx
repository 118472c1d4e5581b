"use client"

import enMessages from "../../messages/fatal/en.json"
import itMessages from "../../messages/fatal/it.json"

const { fatal: en } = enMessages
const { fatal: it } = itMessages

/**
 * Last resort when even the root layout fails: both languages, no dependency on the app. Its own
 * small message files: the browser loads this component on every page.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="it">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", color: "#2b2118", background: "#fbf6ee" }}>
        <title>{it.page_title}</title>
        <h1>{it.page_title}</h1>
        <p>{it.page_text}</p>
        <p lang="en">{en.page_text}</p>
        <button type="button" onClick={() => retry()} style={{ padding: "0.75rem 1.25rem", fontSize: "1rem" }}>
          {it.retry} / <span lang="en">{en.retry}</span>
        </button>
      </body>
    </html>
  )
}
