import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createPaymentAccountHolderStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { CARD_PROVIDER_ID } from "../../../lib/basket-card"
import { createCardSetupStep } from "../steps/create-card-setup"
import { prepareCardSetupStep } from "../steps/prepare-card-setup"

export type StartBasketCardSetupInput = { customer_id: string; basket_id: string }

export const startBasketCardSetupWorkflowId = "start-basket-card-setup"

/**
 * A resident starts saving a card for their basket: their account holder with the Stripe provider
 * (made and linked to them the first time, as Medusa's payment-session workflow does), then a
 * setup of the card for off-session payments. The basket pays by card only once they choose the
 * card the browser saved (POST /store/baskets/:id { payment: "saved_card", payment_method_id }).
 */
export const startBasketCardSetupWorkflow = createWorkflow(startBasketCardSetupWorkflowId, (input: StartBasketCardSetupInput) => {
  const prepared = prepareCardSetupStep(input)
  const accountHolder = createPaymentAccountHolderStep(
    transform({ prepared }, ({ prepared }) => ({ provider_id: CARD_PROVIDER_ID, context: { account_holder: prepared.account_holder ?? undefined, customer: prepared.customer } }))
  )
  when({ prepared }, ({ prepared }) => !prepared.account_holder).then(() => {
    createRemoteLinkStep(
      transform({ prepared, accountHolder }, ({ prepared, accountHolder }) => [
        { [Modules.CUSTOMER]: { customer_id: prepared.customer.id }, [Modules.PAYMENT]: { account_holder_id: accountHolder.id } },
      ])
    )
  })
  const setup = createCardSetupStep(transform({ accountHolder, input }, ({ accountHolder, input }) => ({ account_holder: accountHolder as any, basket_id: input.basket_id })))
  return new WorkflowResponse(setup)
})
