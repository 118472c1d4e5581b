// The round's life, in one place: the workflows enforce it and the API tells the screens what it
// allows (can_plan, can_start, allowed_transitions), so no screen re-states it.
export type RoundStatus = "open" | "closed" | "planned" | "in_progress" | "completed" | "cancelled"

// Where a round may go from each status: open → closed (cutoff) → planned → in_progress → completed.
export const ROUND_TRANSITIONS: Record<RoundStatus, RoundStatus[]> = {
  open: ["closed", "cancelled"],
  closed: ["open", "planned", "cancelled"],
  planned: ["closed", "in_progress", "cancelled"],
  in_progress: ["completed"],
  completed: [],
  cancelled: [],
}

// A route can be computed until the round leaves: on an open round it is a draft (orders still come).
export const PLANNABLE_STATUSES: RoundStatus[] = ["open", "closed", "planned"]

// What a coordinator does by hand in the admin; planning, starting and finishing a round happen
// in /logistica through their own workflows.
const HAND_MOVES: Partial<Record<RoundStatus, RoundStatus[]>> = {
  open: ["closed", "cancelled"],
  closed: ["open", "cancelled"],
  planned: ["cancelled"],
}

export const canPlan = (status: string) => PLANNABLE_STATUSES.includes(status as RoundStatus)
export const canStart = (status: string) => ROUND_TRANSITIONS[status as RoundStatus]?.includes("in_progress") ?? false
export const handTransitions = (status: string): RoundStatus[] => HAND_MOVES[status as RoundStatus] ?? []

// A resident may cancel an order while its round still takes orders: until the cutoff no maker has
// been told to prepare it (packing lists, minimums and baskets all happen at the cutoff).
export const canResidentCancel = (round: { status: string; cutoff_at: Date | string }, now = new Date()) =>
  round.status === "open" && new Date(round.cutoff_at).getTime() > now.getTime()

// An order riding again after a failed delivery was prepared for its first round: its resident no longer cancels it
// alone, whatever the new round's cutoff.
export const canResidentCancelRide = (round: { status: string; cutoff_at: Date | string }, ride: { attempt: number }, now = new Date()) =>
  ride.attempt === 1 && canResidentCancel(round, now)

// A stop is completed once, from scheduled — except that one that failed may still be delivered on a second pass
// while its round is on the road (the rider rings again before going back). Nothing undoes a delivery: its cash is
// already captured.
export const canCompleteStop = (roundStatus: string, stopStatus: string, outcome: "delivered" | "failed") =>
  roundStatus === "in_progress" && (stopStatus === "scheduled" || (stopStatus === "failed" && outcome === "delivered"))

// The second pass itself: a failed stop none of whose orders the resident has meanwhile collected at the hub or a
// coordinator has put into a later round.
export const canDeliverAgain = (roundStatus: string, stopStatus: string, orders: { collected_at?: unknown; rerouted_at?: unknown }[]) =>
  stopStatus === "failed" && canCompleteStop(roundStatus, stopStatus, "delivered") && orders.every((o) => !o.collected_at && !o.rerouted_at)

// A round with a door that failed does not end itself at its last door: the rider may ring again on the way back.
// It ends itself once no door is left to ride to and none can be delivered again; otherwise the rider closes it.
export const everyDoorSettled = (roundStatus: string, stops: { status: string; orders: { collected_at?: unknown; rerouted_at?: unknown }[] }[]) =>
  stops.every((s) => s.status !== "scheduled" && !canDeliverAgain(roundStatus, s.status, s.orders))

export const canFinishRound = (roundStatus: string, stops: { status: string }[]) =>
  roundStatus === "in_progress" && stops.every((s) => s.status !== "scheduled")

// Cash of an order paid at the door, taken by hand (Medusa's «Capture payment»): before its round leaves, a resident
// may pay ahead (the rider then collects nothing); once it has left, only the door — or the hub, after a failed
// delivery — records it, with who holds the cash; after the delivery, what is still due.
export const canTakeDoorCashByHand = (roundStatus: string, order: { delivered: boolean }) =>
  order.delivered || !["in_progress", "completed"].includes(roundStatus)
