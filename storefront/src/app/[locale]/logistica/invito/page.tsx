import { acceptVolunteerInvite } from "@/lib/actions/volunteer-invite"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { InviteAcceptForm } from "@/modules/account/invite-accept-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("logistics.invite.title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function VolunteerInvitePage({ searchParams }: Props) {
  const { t } = await getT()
  const raw = (await searchParams).token
  const token = typeof raw === "string" ? raw : ""
  return (
    <section className="narrow">
      <p className="eyebrow">{t("logistics.eyebrow")}</p>
      <h1>{t("logistics.invite.title")}</h1>
      {token ? (
        <>
          <p>{t("logistics.invite.intro")}</p>
          <InviteAcceptForm token={token} action={acceptVolunteerInvite} emailHint="logistics.invite.email_hint" submit="logistics.invite.submit" />
        </>
      ) : (
        <p className="notice notice--error">{t("logistics.invite.bad_token")}</p>
      )}
    </section>
  )
}
