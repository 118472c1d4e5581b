import { applyVendorWorkflow, changeVendorStatusWorkflow } from "@rbv/vendors/workflows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { applicants, makerLogoSvg, makers } from "../demo-district"
import type { DemoMaker } from "../demo-district/types"
import { registerIdentity } from "./accounts"
import { query, SeedContainer } from "./context"
import { uploadSvgs } from "./uploads"

export const MAKER_PASSWORD = "buonvivere"
const VENDOR_MODULE = "vendor"

async function applyAs(container: SeedContainer, maker: DemoMaker, logoUrl: string) {
  const authIdentityId = await registerIdentity(container, maker.email, MAKER_PASSWORD)
  const { result } = await applyVendorWorkflow(container).run({
    input: {
      auth_identity_id: authIdentityId,
      vendor: {
        handle: maker.handle,
        name: maker.name,
        craft: maker.craft,
        story: maker.story,
        email: maker.email,
        phone: maker.phone,
        address_1: maker.place.address_1,
        postal_code: maker.place.postal_code,
        city: maker.place.city,
        lat: maker.place.lat,
        lng: maker.place.lng,
        logo_url: logoUrl,
      },
      member: { email: maker.email, first_name: maker.owner_first_name, last_name: maker.owner_last_name },
    },
  })
  return result.vendor.id as string
}

/** The makers become approved shops owning their products; one more applies and waits. */
export async function seedVendors(container: SeedContainer) {
  const q = query(container)
  const { data: existing } = await q.graph({ entity: "vendor", fields: ["handle"] })
  const have = new Set(existing.map((v: { handle: string }) => v.handle))
  const everyone = [...makers, ...applicants]
  const missing = everyone.filter((m) => !have.has(m.handle))
  const logos = missing.length
    ? await uploadSvgs(container, missing.map((m) => ({ name: `logo-${m.handle}.svg`, svg: makerLogoSvg(m) })))
    : []

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: products } = await q.graph({ entity: "product", fields: ["id", "metadata"] })
  for (const [i, maker] of missing.entries()) {
    const vendorId = await applyAs(container, maker, logos[i])
    if (applicants.includes(maker)) continue
    await changeVendorStatusWorkflow(container).run({ input: { vendor_id: vendorId, action: "approve" } })
    const own = products.filter((p: { metadata?: Record<string, unknown> | null }) => p.metadata?.maker_handle === maker.handle)
    await link.create(own.map((p: { id: string }) => ({ [VENDOR_MODULE]: { vendor_id: vendorId }, [Modules.PRODUCT]: { product_id: p.id } })))
  }
  return everyone.map((m) => ({ email: m.email, password: MAKER_PASSWORD, note: applicants.includes(m) ? `${m.name}, in attesa di approvazione` : m.name }))
}
