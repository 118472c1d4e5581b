import { acceptVendorInvite } from "@/lib/actions/vendor-auth"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { InviteAcceptForm } from "@/modules/account/invite-accept-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.invite.title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function InvitePage({ searchParams }: Props) {
  const { t } = await getT()
  const raw = (await searchParams).token
  const token = typeof raw === "string" ? raw : ""
  return (
    <section className="narrow">
      <h1>{t("bottega.invite.title")}</h1>
      {token ? (
        <>
          <p>{t("bottega.invite.intro")}</p>
          <InviteAcceptForm token={token} action={acceptVendorInvite} withName emailHint="bottega.invite.email_hint" submit="bottega.invite.submit" />
        </>
      ) : (
        <p className="notice notice--error">{t("bottega.invite.bad_token")}</p>
      )}
    </section>
  )
}
