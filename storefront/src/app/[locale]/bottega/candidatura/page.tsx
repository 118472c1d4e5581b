import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "@/lib/data/bottega"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { ApplicationForm } from "@/modules/bottega/application-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.apply.title")

export default async function ApplicationPage() {
  const { t } = await getT()
  if (await retrieveVendorSession()) redirect("/bottega")
  return (
    <section className="narrow narrow--wide">
      <h1>{t("bottega.apply.title")}</h1>
      <p>{t("bottega.apply.intro")}</p>
      <ApplicationForm />
      <p>
        {t("bottega.apply.have_shop")} <Link href="/bottega">{t("bottega.apply.login_link")}</Link>
      </p>
    </section>
  )
}
