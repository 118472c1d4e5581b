import { acceptVolunteerInvite } from "@/lib/actions/volunteer-invite"
import { titleMetadata } from "@/lib/i18n/server"
import { InviteLanding } from "@/modules/account/invite-landing"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("logistics.invite.title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function VolunteerInvitePage({ searchParams }: Props) {
  return <InviteLanding searchParams={searchParams} messages="logistics.invite" eyebrow="logistics.eyebrow" form={{ action: acceptVolunteerInvite }} />
}
