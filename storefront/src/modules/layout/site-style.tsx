"use client"
import css from "@/app/[locale]/globals.css?raw"

/**
 * The site's stylesheet, inline in the page's <head> (React hoists it there) so that nothing
 * waits for a stylesheet request. Not through Next's `inlineCss`: that puts the same text into
 * the page's RSC payload as well, which a dynamic page (cart, checkout) sends in a separate
 * write after a full gzip flush — compressed twice, over the first congestion window. A client
 * component's text travels in its JavaScript chunk instead, which the browser caches.
 */
export function SiteStyle() {
  return (
    <style href="rbv-site" precedence="rbv">
      {css}
    </style>
  )
}
