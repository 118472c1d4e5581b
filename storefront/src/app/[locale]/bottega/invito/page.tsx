import { acceptVendorInvite } from "@/lib/actions/vendor-auth"
import { titleMetadata } from "@/lib/i18n/server"
import { InviteLanding } from "@/modules/account/invite-landing"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.invite.title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function InvitePage({ searchParams }: Props) {
  return (
    <InviteLanding
      searchParams={searchParams}
      title="bottega.invite.title"
      intro="bottega.invite.intro"
      badToken="bottega.invite.bad_token"
      form={{ action: acceptVendorInvite, withName: true, emailHint: "bottega.invite.email_hint", submit: "bottega.invite.submit" }}
    />
  )
}
