export const BrandEvents = {
  FUND_CONTRIBUTION: "brand.fund_contribution",
  FUND_DISBURSEMENT: "brand.fund_disbursement",
} as const
