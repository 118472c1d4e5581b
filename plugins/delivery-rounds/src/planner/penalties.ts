import type { Weights } from "./ls-routes"

/** Share of local-search results that should come out feasible before repair. */
export const TARGET_FEASIBLE = 0.7
/** Outcomes between two weight updates. */
const WINDOW = 10
const UP = 1.3
const DOWN = 0.9
const MIN = 1e-3
const MAX = 1e6

/**
 * Penalty weights of time warp and excess load, adapted so that about TARGET_FEASIBLE of the
 * local-search results are feasible as they come out (Vidal et al. 2012; PyVRP): too many
 * infeasible ones and the weight grows, too few and it shrinks, so the search keeps passing
 * through slightly infeasible solutions without getting lost among them.
 */
export class Penalties {
  tw: number
  load: number
  private twOk = 0
  private loadOk = 0
  private seen = 0

  constructor(twWeight: number, loadWeight: number) {
    this.tw = twWeight
    this.load = loadWeight
  }

  weights(): Weights {
    return { tw: this.tw, load: this.load }
  }

  /** Repair weights: the current ones, several times heavier. */
  repair(factor = 10): Weights {
    return { tw: this.tw * factor, load: this.load * factor }
  }

  record(twFeasible: boolean, loadFeasible: boolean): void {
    if (twFeasible) this.twOk++
    if (loadFeasible) this.loadOk++
    if (++this.seen < WINDOW) return
    this.tw = adapt(this.tw, this.twOk / this.seen)
    this.load = adapt(this.load, this.loadOk / this.seen)
    this.twOk = this.loadOk = this.seen = 0
  }
}

function adapt(w: number, share: number): number {
  if (share < TARGET_FEASIBLE - 0.05) return Math.min(MAX, w * UP)
  if (share > TARGET_FEASIBLE + 0.05) return Math.max(MIN, w * DOWN)
  return w
}
