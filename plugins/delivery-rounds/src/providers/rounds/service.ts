import { AbstractFulfillmentProviderService } from "@medusajs/framework/utils"
import type { FulfillmentOption } from "@medusajs/framework/types"

export const ROUND_OPTION = "delivery-round"
export const PICKUP_OPTION = "pickup-point"

/**
 * Rounds and pickup slots as Medusa shipping options: each option's data names its round
 * (and pickup point). Which rounds may serve a cart is decided by the plugin's workflow
 * hooks, which can read the delivery module; a provider only sees the fulfillment module.
 */
export class DeliveryRoundsProviderService extends AbstractFulfillmentProviderService {
  static identifier = "delivery-rounds"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: ROUND_OPTION }, { id: PICKUP_OPTION }]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return typeof data.round_id === "string" && (data.id !== PICKUP_OPTION || typeof data.pickup_point_id === "string")
  }

  async validateFulfillmentData(optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return { ...data, round_id: optionData.round_id, pickup_point_id: optionData.pickup_point_id ?? null }
  }

  async canCalculate(): Promise<boolean> {
    return false
  }

  async calculatePrice(): Promise<never> {
    throw new Error("Delivery round options have a flat price")
  }

  async createFulfillment(data: Record<string, unknown>) {
    return { data: { round_id: data.round_id ?? null, pickup_point_id: data.pickup_point_id ?? null }, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }
}
