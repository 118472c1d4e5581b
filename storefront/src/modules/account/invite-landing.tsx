import type { ComponentProps } from "react"
import { getT } from "@/lib/i18n/server"
import type { MessageKey } from "@/lib/i18n/translate"
import { InviteAcceptForm } from "./invite-accept-form"

type InviteLandingProps = {
  /** The page's `?token=` (the invite link's). */
  searchParams: Promise<{ token?: string | string[] }>
  eyebrow?: MessageKey
  title: MessageKey
  intro: MessageKey
  badToken: MessageKey
  /** The form behind the link: its server action and words (a shop's invite, the volunteers'). */
  form: Omit<ComponentProps<typeof InviteAcceptForm>, "token">
}

/** Where an invite link lands: the form with the link's token, or the word that the link is not whole. */
export async function InviteLanding({ searchParams, eyebrow, title, intro, badToken, form }: InviteLandingProps) {
  const { t } = await getT()
  const raw = (await searchParams).token
  const token = typeof raw === "string" ? raw : ""
  return (
    <section className="narrow">
      {eyebrow ? <p className="eyebrow">{t(eyebrow)}</p> : null}
      <h1>{t(title)}</h1>
      {token ? (
        <>
          <p>{t(intro)}</p>
          <InviteAcceptForm token={token} {...form} />
        </>
      ) : (
        <p className="notice notice--error">{t(badToken)}</p>
      )}
    </section>
  )
}
