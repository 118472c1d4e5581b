import NextLink from "next/link"
import type { ComponentProps } from "react"

/**
 * Next's client-side link, never prefetched. Next prefetches every link that scrolls into view:
 * on a product page that was six page payloads (and the photos they preload) fetched and decoded
 * while the phone was still hydrating the page, ~20 % of its main thread's work. Every page here
 * is cheap to ask for when clicked (catalogue pages from the server's cache; the rest is per visitor).
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
