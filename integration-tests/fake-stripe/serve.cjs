// `node fake-stripe/serve.cjs`: the fake Stripe as a process of its own (FAKE_STRIPE_PORT),
// for the browser journeys, which start it before the marketplace reads its configuration.
require("ts-node").register({
  transpileOnly: true,
  skipProject: true,
  compilerOptions: { module: "commonjs", esModuleInterop: true, target: "es2021" },
})
require("./serve.ts")
