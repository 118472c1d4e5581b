import { setVendorPassword } from "@/lib/actions/vendor-auth"
import { titleMetadata } from "@/lib/i18n/server"
import { NewPasswordPage, WORKSHOP_DOOR } from "@/modules/account/password-reset-pages"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.reset.new_title")

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default function WorkshopNewPasswordPage({ searchParams }: Props) {
  return <NewPasswordPage door={WORKSHOP_DOOR} action={setVendorPassword} searchParams={searchParams} />
}
