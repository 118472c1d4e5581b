/** A shop's state as the admin shows it: the badge's colour (its words are rbvVendors.page.row.<status>). */
export const STATUS_BADGE = { pending: "orange", approved: "green", suspended: "red", rejected: "grey" } as const
export type VendorStatus = keyof typeof STATUS_BADGE
