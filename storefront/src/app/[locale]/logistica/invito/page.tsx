import { acceptVolunteerInvite } from "@/lib/actions/volunteer-invite"
import { titleMetadata } from "@/lib/i18n/server"
import { InviteLanding } from "@/modules/account/invite-landing"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("logistics.invite.title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function VolunteerInvitePage({ searchParams }: Props) {
  return (
    <InviteLanding
      searchParams={searchParams}
      eyebrow="logistics.eyebrow"
      title="logistics.invite.title"
      intro="logistics.invite.intro"
      badToken="logistics.invite.bad_token"
      form={{ action: acceptVolunteerInvite, emailHint: "logistics.invite.email_hint", submit: "logistics.invite.submit" }}
    />
  )
}
