/**
 * The lock a workflow holds while it changes one maker's part of a resident's order in a way the
 * other parts must see (a part released, a part weighed): one key per resident's order, so those
 * changes run one after the other. `parts` is the child order as read by the workflow.
 */
export const orderPartsLockKey = (parts: unknown[], orderId: string) =>
  `order-parts:${(parts[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.parent_order_id ?? orderId}`
