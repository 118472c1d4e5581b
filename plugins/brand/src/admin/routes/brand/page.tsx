import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heart } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { AdminHeader, SectionTabs } from "@rbv/kit/admin-ui"
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
    <AdminHeader title={t("rbvBrand.title")} />
    <SectionTabs
      sections={[
        { value: "certifications", label: t("rbvBrand.tabs.certifications"), content: <CertificationReview /> },
        { value: "charter", label: t("rbvBrand.tabs.charter"), content: <CharterEditor /> },
        { value: "fund", label: t("rbvBrand.tabs.fund"), content: <FundAdmin /> },
        { value: "vouchers", label: t("rbvBrand.tabs.vouchers"), content: <VoucherAdmin /> },
      ]}
    />
  </Container>
  )
}

// The label is a key of the admin's translations (i18n/json), in the coordinator's language.
export const config = defineRouteConfig({ label: "rbvBrand.menu", translationNs: "translation", icon: Heart })

export default BrandPage
