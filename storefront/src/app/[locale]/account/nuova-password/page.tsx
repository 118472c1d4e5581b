import { setNewPassword } from "@/lib/actions/auth"
import { titleMetadata } from "@/lib/i18n/server"
import { NewPasswordPage, RESIDENT_DOOR } from "@/modules/account/password-reset-pages"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.reset.new_title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function ResidentNewPasswordPage({ searchParams }: Props) {
  return <NewPasswordPage door={RESIDENT_DOOR} action={setNewPassword} searchParams={searchParams} />
}
