import { Link } from "@/modules/common/link"
import type { ReactNode } from "react"
import { logoutVolunteer } from "@/lib/actions/logistics"
import type { Translate } from "@/lib/i18n/translate"
import { SubmitButton } from "@/modules/common/submit-button"
import type { Volunteer } from "./types"

type LogisticsShellProps = {
  volunteer: Volunteer
  title: string
  t: Translate
  /** Where "back" goes: the list of rounds or the round itself. */
  back?: { href: string; label: string }
  eyebrow?: string
  children: ReactNode
}

/** The frame of every signed-in page of /logistica: who is signed in, sign out, back, the title. */
export function LogisticsShell({ volunteer, title, t, back, eyebrow, children }: LogisticsShellProps) {
  return (
    <div className="logistica">
      <div className="logistica__bar no-print">
        <p className="eyebrow">{t("logistics.signed_in_as", { name: volunteer.name, role: t(`logistics.role.${volunteer.role}`) })}</p>
        <div className="bar-actions">
          <Link href="/logistica/password">{t("account.change.link")}</Link>
          <form action={logoutVolunteer}>
            <SubmitButton variant="link">{t("logistics.logout")}</SubmitButton>
          </form>
        </div>
      </div>
      {back ? (
        <p className="logistica__back no-print">
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1>{title}</h1>
      {children}
    </div>
  )
}
