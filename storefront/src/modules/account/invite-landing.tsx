import type { ComponentProps } from "react"
import { getT } from "@/lib/i18n/server"
import type { MessageKey } from "@/lib/i18n/translate"
import { InviteAcceptForm } from "./invite-accept-form"

/** Where an invite's words live: title, intro, bad_token, email_hint and submit under one name. */
type InviteMessages = "bottega.invite" | "logistics.invite"

type InviteLandingProps = {
  /** The page's `?token=` (the invite link's). */
  searchParams: Promise<{ token?: string | string[] }>
  messages: InviteMessages
  eyebrow?: MessageKey
  /** The form behind the link: its server action (a shop's invite, the volunteers'), and whether it asks the name. */
  form: Omit<ComponentProps<typeof InviteAcceptForm>, "token" | "emailHint" | "submit">
}

/** Where an invite link lands: the form with the link's token, or the word that the link is not whole. */
export async function InviteLanding({ searchParams, messages, eyebrow, form }: InviteLandingProps) {
  const { t } = await getT()
  const raw = (await searchParams).token
  const token = typeof raw === "string" ? raw : ""
  return (
    <section className="narrow">
      {eyebrow ? <p className="eyebrow">{t(eyebrow)}</p> : null}
      <h1>{t(`${messages}.title`)}</h1>
      {token ? (
        <>
          <p>{t(`${messages}.intro`)}</p>
          <InviteAcceptForm token={token} emailHint={`${messages}.email_hint`} submit={`${messages}.submit`} {...form} />
        </>
      ) : (
        <p className="notice notice--error">{t(`${messages}.bad_token`)}</p>
      )}
    </section>
  )
}
