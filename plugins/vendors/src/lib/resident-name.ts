/** "Giulia Ferrari" → "Giulia F.": enough for a maker to label a bag, not to find the person. */
export function firstNameAndInitial(first?: string | null, last?: string | null): string {
  const initial = (last ?? "").trim().charAt(0).toUpperCase()
  return [(first ?? "").trim(), initial ? `${initial}.` : ""].filter(Boolean).join(" ")
}
