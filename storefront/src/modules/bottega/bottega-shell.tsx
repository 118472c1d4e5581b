import { Link } from "@/modules/common/link"
import type { ReactNode } from "react"
import { logoutVendor } from "@/lib/actions/vendor-auth"
import type { VendorSession } from "@/lib/data/bottega"
import type { Translate } from "@/lib/i18n/translate"
import { SubmitButton } from "@/modules/common/submit-button"
import { VisitorRefresh } from "@/modules/visitor/visitor-links"

export type BottegaSection = "home" | "products" | "orders" | "profile" | "members" | "statement" | "charter" | "payments" | "rounds"

const LINKS: { section: BottegaSection; href: string; key: Parameters<Translate>[0] }[] = [
  { section: "home", href: "/bottega", key: "bottega.nav.home" },
  { section: "orders", href: "/bottega/ordini", key: "bottega.nav.orders" },
  { section: "rounds", href: "/bottega/giri", key: "bottega.nav.rounds" },
  { section: "products", href: "/bottega/prodotti", key: "bottega.nav.products" },
  { section: "profile", href: "/bottega/profilo", key: "bottega.nav.profile" },
  { section: "members", href: "/bottega/membri", key: "bottega.nav.members" },
  { section: "statement", href: "/bottega/estratto-conto", key: "bottega.nav.statement" },
  { section: "payments", href: "/bottega/pagamenti", key: "payments.nav" },
  { section: "charter", href: "/bottega/carta", key: "charter.bottega.nav" },
]

type BottegaShellProps = { session: VendorSession; section: BottegaSection; title: string; t: Translate; children: ReactNode }

/** The frame of every page of an approved shop: whose shop it is, the sections, sign out. */
export function BottegaShell({ session, section, title, t, children }: BottegaShellProps) {
  return (
    <div className="bottega">
      <VisitorRefresh />
      <div className="bottega__bar">
        <p className="eyebrow">{t("bottega.eyebrow", { shop: session.vendor.name })}</p>
        <div className="bar-actions">
          <Link href="/bottega/password">{t("account.change.link")}</Link>
          <form action={logoutVendor}>
            <SubmitButton variant="link">{t("bottega.logout")}</SubmitButton>
          </form>
        </div>
      </div>
      <nav aria-label={t("bottega.nav.label")} className="bottega-nav">
        <ul>
          {LINKS.map((link) => (
            <li key={link.section}>
              <Link href={link.href} aria-current={link.section === section ? "page" : undefined}>
                {t(link.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{title}</h1>
      {children}
    </div>
  )
}
