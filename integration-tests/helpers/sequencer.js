// The longest files first, whatever the machine: jest orders by the durations it cached on an
// earlier run, else by file size, and CI's fresh clone has no cache — the route sweep (a small
// file, ~2.5 min) then started last and ran alone while the other workers had nothing left.
// Measured order, longest first (fresh-clone runs here); the rest keep jest's own order.
const Sequencer = require("@jest/test-sequencer").default

const LONGEST_FIRST = [
  "delivery-rounds/cards.spec.ts",
  "delivery-rounds/delivery-rounds.spec.ts",
  "vendor/vendor.spec.ts",
  "security/security.spec.ts",
  "payments/payments.spec.ts",
  "security/route-sweep.spec.ts",
  "cluster/cluster.spec.ts",
  "store/store.spec.ts",
  "mail/mail.spec.ts",
  "delivery-rounds/journey.spec.ts",
  "delivery-rounds/stops-and-cash.spec.ts",
  "brand/brand.spec.ts",
]

const rank = (test) => {
  const at = LONGEST_FIRST.findIndex((suffix) => test.path.endsWith(suffix))
  return at === -1 ? LONGEST_FIRST.length : at
}

module.exports = class LongestFirst extends Sequencer {
  sort(tests) {
    const usual = super.sort(tests)
    return usual.map((test, i) => ({ test, i })).sort((a, b) => rank(a.test) - rank(b.test) || a.i - b.i).map(({ test }) => test)
  }
}
