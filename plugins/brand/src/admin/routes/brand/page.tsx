import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heart } from "@medusajs/icons"
import { Container, Heading, Tabs } from "@medusajs/ui"
import { CertificationReview } from "../../components/certification-review"
import { CharterEditor } from "../../components/charter-editor"
import { FundAdmin } from "../../components/fund-admin"
import { VoucherAdmin } from "../../components/voucher-admin"

/** The network's brand: charter versions, certifications to review, the solidarity fund, spesa sospesa. */
const BrandPage = () => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h1">Marchio e fondo di solidarietà</Heading>
    </div>
    <Tabs defaultValue="certifications">
      <Tabs.List className="px-6 py-2">
        <Tabs.Trigger value="certifications">Certificazioni</Tabs.Trigger>
        <Tabs.Trigger value="charter">Carta del marchio</Tabs.Trigger>
        <Tabs.Trigger value="fund">Fondo</Tabs.Trigger>
        <Tabs.Trigger value="vouchers">Spesa sospesa</Tabs.Trigger>
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

export const config = defineRouteConfig({ label: "Marchio e fondo", icon: Heart })

export default BrandPage
