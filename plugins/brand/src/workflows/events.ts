export const BrandEvents = {
  FUND_CONTRIBUTION: "brand.fund_contribution",
  FUND_DISBURSEMENT: "brand.fund_disbursement",
  FUND_REVERSAL: "brand.fund_reversal",
  CHARTER_PUBLISHED: "brand.charter_published",
  CERTIFICATION_SUBMITTED: "brand.certification_submitted",
  CERTIFICATION_REVIEWED: "brand.certification_reviewed",
  CERTIFICATIONS_EXPIRED: "brand.certifications_expired",
  VOUCHER_REDEEMED: "brand.voucher_redeemed",
  PRODUCT_CLAIM_SET: "brand.product_claim_set",
  FUND_POLICY_SET: "brand.fund_policy_set",
} as const
