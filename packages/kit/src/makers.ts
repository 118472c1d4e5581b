/** The vendors plugin's module key: its shops (`vendor`) and their links to products and orders. */
export const MAKERS_MODULE = "vendor"

/**
 * Whether the app registers @rbv/vendors. The other plugins install without it (a shop with no
 * makers): what they read of makers through Query — a product's maker, a shop's rates, a child
 * order's maker — is asked only when the module and its links are there.
 */
export function makersInstalled(container: { hasRegistration(name: string): boolean }): boolean {
  return container.hasRegistration(MAKERS_MODULE)
}
