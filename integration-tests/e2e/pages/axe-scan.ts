import AxeBuilder from "@axe-core/playwright"
import type { Page } from "@playwright/test"

export type Violation = { rule: string; impact: string; help: string; targets: string[] }

/**
 * axe-core on the page as it is now, against WCAG 2.1 A and AA; only the serious and critical
 * findings, each with where it is, so a failing test says what to fix.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }))
}
