/**
 * Where to go back to after signing in (`?next=`): a path of this site only — an absolute URL,
 * `//host`, a backslash (which browsers read as `/`), anything encoded or unusual → the account home.
 * No open redirect can be built from a link someone else wrote.
 */
export function safeReturnPath(value: unknown, fallback = "/account"): string {
  return typeof value === "string" && value.length <= 300 && /^\/(?![/\\])[\w\-/]*$/.test(value) && !value.includes("//") ? value : fallback
}
