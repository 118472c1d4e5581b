// Runs the fake Stripe on its own (the browser journeys start it before the marketplace):
// `node -r ts-node/register fake-stripe/serve.ts` with FAKE_STRIPE_PORT.
import { startFakeStripe } from "./server"

const fake = startFakeStripe(Number(process.env.FAKE_STRIPE_PORT) || undefined)
console.log(`fake Stripe listening on http://127.0.0.1:${fake.port}`)
const stop = () => fake.close().then(() => process.exit(0))
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
