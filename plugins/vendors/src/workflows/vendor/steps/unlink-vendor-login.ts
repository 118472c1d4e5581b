import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const unlinkVendorLoginStepId = "unlink-vendor-login"

/**
 * The login stops being a maker's: `vendor_id` leaves its app metadata (removed, not set to
 * null, so the same person can be invited again later). Other roles of the login are kept.
 */
export const unlinkVendorLoginStep = createStep(
  unlinkVendorLoginStepId,
  async (input: { member_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listAuthIdentities({ app_metadata: { vendor_id: input.member_id } } as any)
    for (const identity of identities) {
      const { vendor_id: _gone, ...rest } = identity.app_metadata ?? {}
      await auth.updateAuthIdentities({ id: identity.id, app_metadata: rest })
    }
    const ids = identities.map((i) => i.id)
    return new StepResponse(ids, { ids, member_id: input.member_id })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const auth = container.resolve(Modules.AUTH)
    for (const id of undo.ids) {
      const identity = await auth.retrieveAuthIdentity(id)
      await auth.updateAuthIdentities({ id, app_metadata: { ...(identity.app_metadata ?? {}), vendor_id: undo.member_id } })
    }
  }
)
