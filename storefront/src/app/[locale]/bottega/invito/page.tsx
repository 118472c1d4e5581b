import { acceptVendorInvite } from "@/lib/actions/vendor-auth"
import { titleMetadata } from "@/lib/i18n/server"
import { InviteLanding } from "@/modules/account/invite-landing"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.invite.title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function InvitePage({ searchParams }: Props) {
  return <InviteLanding searchParams={searchParams} messages="bottega.invite" form={{ action: acceptVendorInvite, withName: true }} />
}
