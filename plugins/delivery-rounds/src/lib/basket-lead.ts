/**
 * How long before a round's cutoff its weekly baskets are placed (RBV_BASKET_LEAD_MINUTES, 10 by
 * default; the placing job runs every 5 minutes, so each round gets at least one run in the window).
 * A basket takes its drop and batch units through the resident's own checkout, which only an open
 * round before its cutoff accepts; until then the resident edits, skips or pauses it.
 */
export const basketLeadMs = () => Math.max(1, Number(process.env.RBV_BASKET_LEAD_MINUTES || 10)) * 60_000
