import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
const DEV_SECRET = "rbv-dev-only-secret"

// `medusa build` loads this file too; only a server that will answer requests must refuse dev secrets.
const servesRequests = !process.argv.includes("build")
const isProduction = env.NODE_ENV === "production"

function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = env[name]
  if (isProduction && servesRequests && (!value || value === DEV_SECRET || value === "supersecret")) {
    throw new Error(`${name} must be set to a long random value when NODE_ENV=production`)
  }
  return value || DEV_SECRET
}

const uploadDir = env.RBV_UPLOAD_DIR || path.join(process.cwd(), "uploads")
const dataDir = env.RBV_DATA_DIR || path.join(process.cwd(), ".data")
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`

// E-mail through SMTP when SMTP_URL is set; otherwise each mail is kept in a local outbox
// (admin → "Posta in uscita"). The provider and the outbox page read the same options.
const mail = {
  smtp_url: env.SMTP_URL || null,
  from: env.MAIL_FROM || null,
  outbox_dir: env.RBV_MAIL_OUTBOX_DIR || path.join(dataDir, "outbox"),
  storefront_url: storefrontUrl,
  admin_url: `${backendUrl}/app`,
}

// With REDIS_URL the event bus, workflow engine (with scheduled jobs), locking and the caching
// module are shared between the server and worker instances; without it Medusa's in-process
// ones are used, exactly as on one machine.
const redisModules = env.REDIS_URL
  ? [
      // A subscriber that fails (e.g. an order's split lock still held by a worker that died) is
      // retried, alone, a few times; Medusa's default is one attempt, after which the event is gone.
      // An event a dead worker had taken goes back to the queue within ~30 s instead of ~60–90 s
      // (its lock lapses after 20 s; a live worker renews it every 10 s).
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl: env.REDIS_URL,
          jobOptions: { attempts: 4, backoff: { type: "exponential", delay: 3000 } },
          workerOptions: { lockDuration: 20_000, stalledInterval: 10_000 },
        },
      },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: env.REDIS_URL } } },
      // The caching module (the deprecated cache-redis' successor). Core's own use of it stays behind
      // the WIP `caching` feature flag, left off: it would cache the cart's shipping-option queries,
      // whose rounds fill up order by order.
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: env.REDIS_URL } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

// Medusa's `caching` flag stays off (see above). `MEDUSA_FF_CACHING=true` turns it on for a measurement
// (`npm run bench:web -- --caching`): with REDIS_URL the module above serves it; without, the flag alone would
// do nothing (core skips caching when no caching module is registered), so the module is registered here with
// its in-memory provider — one process's cache, invalidated by that process's own events only.
const inMemoryCaching =
  env.MEDUSA_FF_CACHING === "true" && !env.REDIS_URL
    ? [{ resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }]
    : []

// With S3_BUCKET every instance stores files in one S3-compatible bucket (Medusa's file-s3);
// without it they stay on this machine's disk (file-local). Either way the shop gets
// <backend>/static/<key>, which any server answers from the store with safe headers, unless
// S3_FILE_URL names a public address of the bucket (a CDN) to hand out instead.
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: env.S3_FILE_URL || `${backendUrl}/static`,
        bucket: env.S3_BUCKET,
        region: env.S3_REGION || "us-east-1",
        endpoint: env.S3_ENDPOINT,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        prefix: env.S3_PREFIX,
        // Self-hosted stores (MinIO, Garage, a local test server) answer on one host, not per bucket.
        additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE !== "false" && !!env.S3_ENDPOINT },
      },
    }
  : {
      // Not in the app's `static` folder, which Medusa serves raw: @rbv/vendors serves
      // /static/:key from here with nosniff and a Content-Type from the server-made name.
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { backend_url: `${backendUrl}/static`, upload_dir: uploadDir, private_upload_dir: uploadDir },
    }

const stripeModules =
  env.STRIPE_API_KEY
    ? [
        {
          resolve: "@medusajs/medusa/payment",
          options: {
            providers: [
              {
                // Medusa's Stripe provider (pp_stripe_stripe) whose client also honours
                // STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL (the tests' fake Stripe).
                resolve: "@rbv/vendors/providers/stripe",
                id: "stripe",
                options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
              },
            ],
          },
        },
      ]
    : []

// The HTTP specs (NODE_ENV=test) register and sign in hundreds of people: there a password is
// hashed with scrypt at N = 2^10 instead of Medusa's 2^15 (~300 ms of CPU each on a CI core).
// Every other run, the browser journeys' production build included, keeps Medusa's default.
const testAuthModules =
  env.NODE_ENV === "test"
    ? [
        {
          resolve: "@medusajs/medusa/auth",
          options: {
            mfa: { encryption_key: env.AUTH_MFA_ENCRYPTION_KEY },
            providers: [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass", options: { hashConfig: { logN: 10, r: 8, p: 1 } } }],
          },
        },
      ]
    : []

module.exports = defineConfig({
  // Medusa's Translation Module: product, variant, option and category texts (and our own models'
  // translatable fields) in the shop's second language; the store API picks them by `x-medusa-locale`.
  featureFlags: { translation: true },
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: env.STORE_CORS || storefrontUrl,
      adminCors: env.ADMIN_CORS || backendUrl,
      authCors: env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
    // A local production build is served over plain http: let it say so, or admin login loops.
    ...(env.COOKIE_SECURE ? { cookieOptions: { secure: env.COOKIE_SECURE === "true" } } : {}),
  },
  admin: {
    disable: env.MEDUSA_DISABLE_ADMIN === "true",
    // Same origin as the API: one admin build serves whatever host and port it runs on.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  plugins: [
    { resolve: "@rbv/vendors", options: {} },
    { resolve: "@rbv/brand", options: {} },
    { resolve: "@rbv/delivery-rounds", options: {} },
    { resolve: "@rbv/mail", options: mail },
  ],
  modules: [
    ...redisModules,
    ...inMemoryCaching,
    { resolve: "@medusajs/medusa/translation" },
    ...stripeModules,
    ...testAuthModules,
    {
      // Rounds and pickup slots are shipping options of @rbv/delivery-rounds' provider.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "@rbv/delivery-rounds/providers/rounds", id: "rounds" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: { providers: [fileProvider] },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@rbv/mail/providers/mail", id: "mail", options: { channels: ["email"], ...mail } },
          // The admin's own notices (an orders or products export is ready, with its file): kept and shown in the
          // admin's notifications; without a "feed" provider Medusa's exports failed at their last step.
          { resolve: "@medusajs/medusa/notification-local", id: "feed", options: { channels: ["feed"] } },
        ],
      },
    },
  ],
})
