import { Link } from "@/modules/common/link"
import type { ReactNode } from "react"
import { EndedLoginNotice } from "./ended-login-notice"
import type { MessageKey, Translate } from "@/lib/i18n/translate"

type AuthPanelProps = {
  t: Translate
  title: MessageKey
  eyebrow?: MessageKey
  intro?: MessageKey
  /** The visitor's login here ended with a change of its password: say so (and forget it). */
  loginEnded?: boolean
  /** Room for a longer form (a workshop's application). */
  wide?: boolean
  /** The way to the other door: «no account yet? register», «already have one? sign in». */
  other?: { text: MessageKey; link: MessageKey; href: string }
  /** The form. */
  children: ReactNode
}

/** The narrow column of a sign-in, registration or application page: title, words, the form, the other door. */
export function AuthPanel({ t, title, eyebrow, intro, loginEnded = false, wide = false, other, children }: AuthPanelProps) {
  return (
    <section className={wide ? "narrow narrow--wide" : "narrow"}>
      {eyebrow ? <p className="eyebrow">{t(eyebrow)}</p> : null}
      <h1>{t(title)}</h1>
      {intro ? <p>{t(intro)}</p> : null}
      {loginEnded ? <EndedLoginNotice text={t("account.login.session_ended")} /> : null}
      {children}
      {other ? (
        <p>
          {t(other.text)} <Link href={other.href}>{t(other.link)}</Link>
        </p>
      ) : null}
    </section>
  )
}
