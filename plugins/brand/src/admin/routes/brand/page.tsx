import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heart } from "@medusajs/icons"
import { Container, Heading, Tabs } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CertificationReview } from "../../components/certification-review"
import { CharterEditor } from "../../components/charter-editor"
import { FundAdmin } from "../../components/fund-admin"
import { VoucherAdmin } from "../../components/voucher-admin"

/** The network's brand: charter versions, certifications to review, the solidarity fund, spesa sospesa. */
const BrandPage = () => {
  const { t } = useTranslation()
  return (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h1">{t("rbvBrand.title")}</Heading>
    </div>
    <Tabs defaultValue="certifications">
      <Tabs.List className="px-6 py-2">
        <Tabs.Trigger value="certifications">{t("rbvBrand.tabs.certifications")}</Tabs.Trigger>
        <Tabs.Trigger value="charter">{t("rbvBrand.tabs.charter")}</Tabs.Trigger>
        <Tabs.Trigger value="fund">{t("rbvBrand.tabs.fund")}</Tabs.Trigger>
        <Tabs.Trigger value="vouchers">{t("rbvBrand.tabs.vouchers")}</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="certifications">
        <CertificationReview />
      </Tabs.Content>
      <Tabs.Content value="charter">
        <CharterEditor />
      </Tabs.Content>
      <Tabs.Content value="fund">
        <FundAdmin />
      </Tabs.Content>
      <Tabs.Content value="vouchers">
        <VoucherAdmin />
      </Tabs.Content>
    </Tabs>
  </Container>
  )
}

// The label is a key of the admin's translations (i18n/json), in the coordinator's language.
export const config = defineRouteConfig({ label: "rbvBrand.menu", translationNs: "translation", icon: Heart })

export default BrandPage
