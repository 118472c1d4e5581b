import { setVolunteerPassword } from "@/lib/actions/logistics"
import { titleMetadata } from "@/lib/i18n/server"
import { LOGISTICS_DOOR, NewPasswordPage } from "@/modules/account/password-reset-pages"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.reset.new_title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function VolunteerNewPasswordPage({ searchParams }: Props) {
  return <NewPasswordPage door={LOGISTICS_DOOR} action={setVolunteerPassword} searchParams={searchParams} />
}
