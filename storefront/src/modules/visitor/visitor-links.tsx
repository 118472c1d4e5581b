"use client"

import { Link } from "@/modules/common/link"
import { usePathname } from "next/navigation"
import { useEffect, useLayoutEffect } from "react"
import { useI18n } from "@/modules/common/i18n-provider"
import { refreshVisitor, showCartCount, useVisitor } from "./visitor-store"

/**
 * The header's per-visitor links, filled in by the browser so that the page around them can be
 * one cached page for everyone: the maker's La mia bottega, account or sign-in, and the cart
 * with its count. Until the answer comes (or without JavaScript) they are the plain links. Not
 * prefetched (no link is, see common/link.tsx): each of their pages is rendered per visitor anyway, and
 * a prefetch on every page load (twice: before and after the answer) kept the phone busy while the page became usable.
 */
export function VisitorLinks() {
  const { t } = useI18n()
  const visitor = useVisitor()
  const pathname = usePathname()

  // Signing in or out, paying and the like end on another page: ask again after each navigation.
  useEffect(() => {
    void refreshVisitor()
  }, [pathname])

  return (
    <>
      {visitor?.maker_signed_in ? (
        <Link href="/bottega" className="header-link header-link--maker">
          {t("nav.bottega")}
        </Link>
      ) : null}
      {visitor && !visitor.signed_in ? (
        <Link href="/account/accesso" className="header-link">
          {t("nav.login")}
        </Link>
      ) : (
        <Link href="/account" className="header-link">
          {t("nav.account")}
        </Link>
      )}
      <Link href="/carrello" className="header-link header-link--cart">
        {visitor ? t("nav.cart_count", { count: visitor.cart_count }) : t("nav.cart")}
      </Link>
    </>
  )
}

/**
 * Placed where a sign-in or sign-out lands on the same address (La mia bottega's login and
 * shell): the header asks again when it appears.
 */
export function VisitorRefresh() {
  useEffect(() => {
    void refreshVisitor()
  }, [])
  return null
}

/**
 * Placed on a page rendered per visitor that knows the cart's count: the header shows it before
 * the page is painted (a layout effect), not the count from before after a round trip.
 */
export function VisitorCartCount({ count }: { count: number }) {
  useLayoutEffect(() => showCartCount(count), [count])
  return null
}
