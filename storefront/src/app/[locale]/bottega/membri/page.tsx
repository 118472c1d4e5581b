import { headers } from "next/headers"
import { listVendorMembers } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { MembersTemplate } from "@/modules/bottega/members-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.members.title")

/** The address people reached us at, for a full invite link to pass on. */
async function origin(): Promise<string> {
  const h = await headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? ""
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http"
  return host ? `${proto}://${host}` : ""
}

export default artisanPage(async (_, { t, locale, session }) => {
  const [{ members, invites }, base] = await Promise.all([listVendorMembers(), origin()])
  return <MembersTemplate session={session} members={members} invites={invites} origin={base} t={t} locale={locale} />
})
