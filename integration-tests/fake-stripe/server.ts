// A local stand-in for api.stripe.com: the real `stripe` SDK is pointed at it (host/port/protocol)
// so tests exercise the exact requests Medusa and our plugin send, with no network. It speaks the
// REST endpoints we use (payment intents, refunds, accounts, account links, transfers, customers,
// setup intents and saved payment methods with off-session charges), Stripe's
// form encoding, its error shape, bearer-key auth and idempotency keys (same key + same params →
// the same answer replayed; same key + other params → idempotency_error).
import { execFileSync } from "node:child_process"
import crypto from "node:crypto"
import http from "node:http"
import qs from "qs"
import { FAKE_STRIPE_JS } from "./stripe-js"

type Obj = Record<string, any>
export type FakeRequest = { method: string; path: string; params: Obj; idempotencyKey?: string; replayed: boolean }

class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly extra: Obj = {}
  ) {
    super(message)
  }
}

const now = () => Math.floor(Date.now() / 1000)
const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("hex")}`
const int = (v: unknown, param: string) => {
  const n = Number(v)
  if (v === undefined || v === "" || !Number.isInteger(n) || n < 0) throw new StripeError(400, "invalid_request_error", `Invalid integer: ${v}`, "parameter_invalid_integer", param)
  return n
}
const required = (params: Obj, name: string) => {
  if (params[name] === undefined || params[name] === "") throw new StripeError(400, "invalid_request_error", `Missing required param: ${name}.`, "parameter_missing", name)
  return params[name]
}
const asList = (data: Obj[], url: string) => ({ object: "list", data, has_more: false, url })

/** What a PaymentIntent and a SetupIntent share when created: the browser's secret, the customer, no card yet. */
const intentBase = (id: string, p: Obj) => ({
  client_secret: `${id}_secret_${crypto.randomBytes(8).toString("hex")}`,
  created: now(),
  customer: p.customer ?? null,
  livemode: false,
  metadata: p.metadata ?? {},
  next_action: null,
  payment_method: null,
  payment_method_types: p.payment_method_types ?? ["card"],
  status: "requires_payment_method",
})

/** Stripe's test PaymentMethod tokens and the card each stands for. */
const TEST_CARDS = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_threeDSecure2Required: { brand: "visa", last4: "3184" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002" },
  pm_card_chargeCustomerFail: { brand: "visa", last4: "0341" },
}

export class FakeStripe {
  readonly paymentIntents = new Map<string, Obj>()
  readonly refunds = new Map<string, Obj>()
  readonly accounts = new Map<string, Obj>()
  readonly transfers = new Map<string, Obj>()
  readonly customers = new Map<string, Obj>()
  readonly setupIntents = new Map<string, Obj>()
  readonly paymentMethods = new Map<string, Obj>()
  // A saved card's test behaviour (the test token it was made from: pm_card_visa, pm_card_threeDSecure2Required…).
  private readonly cardOf = new Map<string, string>()
  readonly requests: FakeRequest[] = []
  private readonly idempotency = new Map<string, { fingerprint: string; status: number; body: Obj }>()
  private server?: http.Server
  private drops: { method: string; path: string; left: number }[] = []
  port = 0

  /**
   * The next `count` answers to `method path…` are lost: the request is carried out (and its
   * idempotency key saved) but the connection is cut before the answer — a crash or network
   * failure between "Stripe did it" and "we know it".
   */
  dropResponses(method: string, pathPrefix: string, count = 1) {
    this.drops.push({ method, path: pathPrefix, left: count })
  }

  /**
   * Listens on 127.0.0.1. The port is known as soon as this returns, so a test file can put it in
   * the environment before Medusa boots and reads its configuration.
   */
  listen(port = freePortSync()) {
    this.port = port
    this.server = http.createServer((req, res) => this.handle(req, res))
    this.server.listen(port, "127.0.0.1")
    return this
  }

  /** The options to give the `stripe` SDK (and our env variables) to talk to this server. */
  get sdkOptions() {
    return { host: "127.0.0.1", port: this.port, protocol: "http" as const }
  }

  close() {
    return new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  reset() {
    for (const map of [this.paymentIntents, this.refunds, this.accounts, this.transfers, this.customers, this.setupIntents, this.paymentMethods, this.cardOf, this.idempotency]) map.clear()
    this.requests.length = 0
  }

  requestsTo(method: string, pathPrefix: string) {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix) && !r.replayed)
  }

  /** What Stripe does when the account holder finishes (or half-finishes) onboarding. */
  setAccountState(id: string, state: "enabled" | "restricted" | "pending") {
    const account = this.accounts.get(id)
    if (!account) throw new Error(`no account ${id}`)
    const enabled = state === "enabled"
    Object.assign(account, {
      details_submitted: state !== "pending",
      charges_enabled: enabled,
      payouts_enabled: enabled,
      capabilities: { transfers: enabled ? "active" : state === "restricted" ? "inactive" : "pending" },
      requirements: {
        currently_due: enabled ? [] : state === "restricted" ? ["external_account"] : ["business_profile.url", "external_account"],
        eventually_due: enabled ? [] : ["external_account"],
        past_due: state === "restricted" ? ["external_account"] : [],
        disabled_reason: enabled ? null : state === "restricted" ? "requirements.past_due" : "requirements.pending_verification",
      },
    })
    return account
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const params = (req.method === "GET" ? qs.parse(url.search.slice(1)) : qs.parse(raw)) as Obj
      // Stripe.js sends the client secret along; it is not a parameter of the intent itself.
      const { client_secret: _secret, ...routeParams } = params
      const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? undefined
      const send = (status: number, body: Obj, replayed = false) => {
        this.requests.push({ method: req.method!, path: url.pathname, params, idempotencyKey, replayed })
        const drop = this.drops.find((d) => d.left > 0 && d.method === req.method && url.pathname.startsWith(d.path))
        if (drop) {
          drop.left -= 1
          return req.socket.destroy()
        }
        res.writeHead(status, { "content-type": "application/json", "request-id": newId("req"), ...(replayed ? { "idempotent-replayed": "true" } : {}) })
        res.end(JSON.stringify(body))
      }
      // The browser (Stripe.js) calls from the storefront's origin.
      res.setHeader("access-control-allow-origin", "*")
      res.setHeader("access-control-allow-headers", "authorization, content-type, stripe-version, idempotency-key")
      if (req.method === "OPTIONS") {
        res.writeHead(204)
        return res.end()
      }
      if (req.method === "GET" && /^\/v3\/?$/.test(url.pathname)) {
        res.writeHead(200, { "content-type": "application/javascript" })
        return res.end(FAKE_STRIPE_JS)
      }
      const setup = /^\/connect\/setup\/(acct_\w+)$/.exec(url.pathname)
      if (req.method === "GET" && setup && this.accounts.has(setup[1])) {
        // Stripe's hosted onboarding, reduced to a page that sends the maker back.
        const back = url.searchParams.get("return_url") ?? "/"
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return res.end(`<!doctype html><html lang="it"><title>Stripe Express</title><main><h1>Stripe Express (prova)</h1><p>Account ${setup[1]}</p><a href="${back.replace(/"/g, "&quot;")}">Torna alla bottega</a></main></html>`)
      }
      const auth = req.headers.authorization ?? ""
      if (/^Bearer pk_test_\w+/.test(auth) && !this.publishableKeyMayCall(req.method!, url.pathname, params)) {
        return send(401, { error: { type: "invalid_request_error", message: "This API call cannot be made with a publishable API key." } })
      }
      if (!/^Bearer (sk|pk)_test_\w+/.test(auth)) {
        return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } })
      }
      const scope = `${auth} ${req.method} ${url.pathname}`
      const fingerprint = JSON.stringify(params)
      const saved = idempotencyKey && req.method === "POST" ? this.idempotency.get(`${auth}|${idempotencyKey}`) : undefined
      if (saved) {
        if (saved.fingerprint !== `${scope} ${fingerprint}`) {
          return send(400, {
            error: {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            },
          })
        }
        return send(saved.status, saved.body, true)
      }
      let status = 200
      let body: Obj
      try {
        body = this.route(req.method!, url.pathname, routeParams)
      } catch (e) {
        const err = e instanceof StripeError ? e : new StripeError(500, "api_error", String((e as Error).message))
        status = err.status
        body = { error: { type: err.type, message: err.message, ...(err.code ? { code: err.code } : {}), ...(err.param ? { param: err.param } : {}), ...err.extra } }
      }
      // Stripe saves the outcome of any request that reached it, errors included (except 5xx/409).
      if (idempotencyKey && req.method === "POST" && status < 500) {
        this.idempotency.set(`${auth}|${idempotencyKey}`, { fingerprint: `${scope} ${fingerprint}`, status, body })
      }
      send(status, body)
    })
  }

  /** Stripe.js may confirm or read an intent with the publishable key when it holds the client secret. */
  private publishableKeyMayCall(method: string, path: string, p: Obj) {
    const match = /^\/v1\/(payment_intents|setup_intents)\/([^/]+)(\/confirm)?$/.exec(path)
    if (!match || (method === "POST") !== Boolean(match[3])) return false
    const map = match[1] === "payment_intents" ? this.paymentIntents : this.setupIntents
    return map.get(match[2])?.client_secret === p.client_secret
  }

  private route(method: string, path: string, p: Obj): Obj {
    const parts = path.replace(/^\/v1\//, "").split("/").filter(Boolean)
    const [resource, id, action] = parts
    const key = `${method} ${resource}${id ? "/:id" : ""}${action ? `/${action}` : ""}`
    switch (key) {
      case "POST payment_intents":
        return this.createPaymentIntent(p)
      case "GET payment_intents/:id":
        return this.intent(id)
      case "POST payment_intents/:id":
        return this.updatePaymentIntent(id, p)
      case "POST payment_intents/:id/confirm":
        return this.confirm(this.intent(id), p)
      case "POST payment_intents/:id/capture":
        return this.capture(id, p)
      case "POST payment_intents/:id/cancel":
        return this.cancel(id)
      case "POST refunds":
        return this.createRefund(p)
      case "POST accounts":
        return this.createAccount(p)
      case "GET accounts/:id":
        return this.account(id)
      case "POST account_links":
        return this.createAccountLink(p)
      case "POST transfers":
        return this.createTransfer(p)
      case "GET transfers":
        return asList(
          [...this.transfers.values()]
            .filter((t) => (!p.transfer_group || t.transfer_group === p.transfer_group) && (!p.destination || t.destination === p.destination))
            .reverse()
            .slice(0, Number(p.limit ?? 10)),
          "/v1/transfers"
        )
      case "GET transfers/:id":
        return this.get(this.transfers, id, "transfer")
      case "POST customers":
        return this.createCustomer(p)
      case "GET customers/:id":
        return this.get(this.customers, id, "customer")
      case "POST customers/:id":
        return Object.assign(this.get(this.customers, id, "customer"), this.customerFields(p))
      case "DELETE customers/:id":
        this.get(this.customers, id, "customer")
        this.customers.delete(id)
        return { id, object: "customer", deleted: true }
      case "GET customers/:id/payment_methods":
        this.get(this.customers, id, "customer")
        return asList([...this.paymentMethods.values()].filter((m) => m.customer === id).reverse().slice(0, Number(p.limit ?? 10)), `/v1/customers/${id}/payment_methods`)
      case "GET payment_methods/:id":
        return this.get(this.paymentMethods, id, "payment_method")
      case "POST payment_methods/:id/detach":
        return Object.assign(this.get(this.paymentMethods, id, "payment_method"), { customer: null })
      case "POST setup_intents":
        return this.createSetupIntent(p)
      case "GET setup_intents/:id":
        return this.get(this.setupIntents, id, "setup_intent")
      case "POST setup_intents/:id/confirm":
        return this.confirmSetup(this.get(this.setupIntents, id, "setup_intent"), p)
      default:
        throw new StripeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`)
    }
  }

  private get(map: Map<string, Obj>, id: string, what: string) {
    const found = map.get(id)
    if (!found) throw new StripeError(404, "invalid_request_error", `No such ${what}: '${id}'`, "resource_missing", "id")
    return found
  }

  private intent(id: string) {
    return this.get(this.paymentIntents, id, "payment_intent")
  }

  private account(id: string) {
    return this.get(this.accounts, id, "account")
  }

  private createPaymentIntent(p: Obj) {
    const id = newId("pi")
    const intent: Obj = {
      id,
      object: "payment_intent",
      amount: int(required(p, "amount"), "amount"),
      amount_capturable: 0,
      amount_received: 0,
      amount_refunded: 0,
      currency: String(required(p, "currency")).toLowerCase(),
      capture_method: p.capture_method ?? "automatic",
      ...intentBase(id, p),
      description: p.description ?? null,
      last_payment_error: null,
      latest_charge: null,
      transfer_group: p.transfer_group ?? null,
    }
    this.paymentIntents.set(id, intent)
    if (p.payment_method) intent.payment_method = p.payment_method
    if (p.confirm === "true" || p.confirm === true) return this.confirm(intent, p)
    return intent
  }

  private updatePaymentIntent(id: string, p: Obj) {
    const intent = this.intent(id)
    if (["succeeded", "canceled"].includes(intent.status) && p.amount !== undefined) {
      throw new StripeError(400, "invalid_request_error", `This PaymentIntent's amount could not be updated because it has a status of ${intent.status}.`, "payment_intent_unexpected_state")
    }
    if (p.transfer_group !== undefined) {
      if (intent.transfer_group && intent.transfer_group !== p.transfer_group) {
        throw new StripeError(400, "invalid_request_error", "You can only provide transfer_group if it hasn't been set.", "parameter_invalid_string", "transfer_group")
      }
      intent.transfer_group = p.transfer_group
    }
    if (p.amount !== undefined) intent.amount = int(p.amount, "amount")
    if (p.metadata) intent.metadata = { ...intent.metadata, ...p.metadata }
    if (p.description !== undefined) intent.description = p.description
    return intent
  }

  /**
   * Test cards: pm_card_visa succeeds; pm_card_threeDSecure2Required asks for 3-D Secure (and, off
   * session, is declined with authentication_required: the customer must come back and confirm);
   * pm_card_chargeDeclined fails; pm_card_chargeCustomerFail can be saved but every charge fails.
   * A saved card (pm_…) behaves as the test card it was made from and must belong to the intent's customer.
   */
  private confirm(intent: Obj, p: Obj) {
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw new StripeError(400, "invalid_request_error", `This PaymentIntent's status is ${intent.status}.`, "payment_intent_unexpected_state")
    }
    const pm = p.payment_method ?? intent.payment_method
    if (!pm) throw new StripeError(400, "invalid_request_error", "You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_intent_unexpected_state")
    const saved = this.paymentMethods.get(pm)
    if (saved && saved.customer !== intent.customer) {
      throw new StripeError(400, "invalid_request_error", `The provided PaymentMethod ${pm} does not belong to the PaymentIntent's customer.`, "resource_missing", "payment_method")
    }
    if (!saved && !this.isTestCard(pm)) throw new StripeError(400, "invalid_request_error", `No such PaymentMethod: '${pm}'`, "resource_missing", "payment_method")
    const card = saved ? this.cardOf.get(pm)! : pm
    const offSession = p.off_session === "true" || p.off_session === true
    intent.payment_method = pm
    const fail = (code: string, message: string) => {
      // Stripe takes the card off the intent and says which one failed; the error carries the intent.
      Object.assign(intent, { status: "requires_payment_method", payment_method: null, next_action: null })
      intent.last_payment_error = { type: "card_error", code, decline_code: code === "card_declined" ? "generic_decline" : code, message, payment_method: saved ?? { id: pm, object: "payment_method" } }
      throw new StripeError(402, "card_error", message, code, undefined, { payment_intent: intent, decline_code: intent.last_payment_error.decline_code })
    }
    if (card === "pm_card_chargeDeclined" || card === "pm_card_chargeCustomerFail") fail("card_declined", "Your card was declined.")
    if (card === "pm_card_threeDSecure2Required" && intent.status !== "requires_action") {
      if (offSession) fail("authentication_required", "Your card was declined. This transaction requires authentication.")
      intent.status = "requires_action"
      intent.next_action = { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect" } }
      return intent
    }
    intent.next_action = null
    intent.last_payment_error = null
    intent.latest_charge = newId("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return intent
  }

  private isTestCard(pm: string) {
    return pm in TEST_CARDS
  }

  /** What the customer's bank answers after the 3-D Secure challenge: used by tests. */
  completeThreeDSecure(id: string) {
    return this.confirm(this.intent(id), {})
  }

  private capture(id: string, p: Obj) {
    const intent = this.intent(id)
    if (intent.status !== "requires_capture") {
      throw new StripeError(400, "invalid_request_error", `This PaymentIntent could not be captured because it has a status of ${intent.status}.`, "payment_intent_unexpected_state")
    }
    const amount = p.amount_to_capture !== undefined ? int(p.amount_to_capture, "amount_to_capture") : intent.amount
    if (amount > intent.amount_capturable) throw new StripeError(400, "invalid_request_error", "amount_to_capture is greater than the amount capturable", "amount_too_large")
    Object.assign(intent, { status: "succeeded", amount_received: amount, amount_capturable: 0 })
    return intent
  }

  private cancel(id: string) {
    const intent = this.intent(id)
    if (intent.status === "succeeded") throw new StripeError(400, "invalid_request_error", "You cannot cancel this PaymentIntent because it has a status of succeeded.", "payment_intent_unexpected_state")
    intent.status = "canceled"
    return intent
  }

  private customerFields(p: Obj) {
    const fields: Obj = {}
    for (const name of ["email", "name", "phone", "address", "metadata"]) if (p[name] !== undefined) fields[name] = p[name]
    return fields
  }

  private createCustomer(p: Obj) {
    const customer = { id: newId("cus"), object: "customer", created: now(), livemode: false, email: null, name: null, phone: null, address: null, metadata: {}, ...this.customerFields(p) }
    this.customers.set(customer.id, customer)
    return customer
  }

  private createSetupIntent(p: Obj) {
    if (p.customer !== undefined) this.get(this.customers, p.customer, "customer")
    const id = newId("seti")
    const intent: Obj = {
      id,
      object: "setup_intent",
      ...intentBase(id, p),
      last_setup_error: null,
      usage: p.usage ?? "off_session",
    }
    this.setupIntents.set(id, intent)
    return intent
  }

  /** Saving a card: the test card becomes a PaymentMethod of the intent's customer (3-D Secure asked once, on session). */
  private confirmSetup(intent: Obj, p: Obj) {
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw new StripeError(400, "invalid_request_error", `This SetupIntent's status is ${intent.status}.`, "setup_intent_unexpected_state")
    }
    const token = intent.status === "requires_action" ? intent.pending_card : p.payment_method
    if (!token || !this.isTestCard(token)) throw new StripeError(400, "invalid_request_error", `No such PaymentMethod: '${token}'`, "resource_missing", "payment_method")
    if (token === "pm_card_chargeDeclined") {
      intent.last_setup_error = { type: "card_error", code: "card_declined", message: "Your card was declined." }
      throw new StripeError(402, "card_error", "Your card was declined.", "card_declined", undefined, { setup_intent: intent })
    }
    if (token === "pm_card_threeDSecure2Required" && intent.status !== "requires_action") {
      Object.assign(intent, { status: "requires_action", pending_card: token, next_action: { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect" } } })
      return intent
    }
    const card = TEST_CARDS[token as keyof typeof TEST_CARDS]
    const method = { id: newId("pm"), object: "payment_method", type: "card", created: now(), livemode: false, customer: intent.customer, billing_details: {}, metadata: {}, card: { ...card, exp_month: 12, exp_year: new Date().getFullYear() + 3, funding: "credit", country: "IT" } }
    this.paymentMethods.set(method.id, method)
    this.cardOf.set(method.id, token)
    delete intent.pending_card
    Object.assign(intent, { status: "succeeded", payment_method: method.id, next_action: null, last_setup_error: null })
    return intent
  }

  private createRefund(p: Obj) {
    const intent = this.intent(required(p, "payment_intent"))
    if (intent.status !== "succeeded") throw new StripeError(400, "invalid_request_error", "This PaymentIntent does not have a successful charge to refund.", "charge_not_refundable")
    const amount = p.amount !== undefined ? int(p.amount, "amount") : intent.amount_received - intent.amount_refunded
    if (amount > intent.amount_received - intent.amount_refunded) {
      throw new StripeError(400, "invalid_request_error", "Refund amount is greater than the charge's unrefunded amount.", "amount_too_large")
    }
    intent.amount_refunded += amount
    const refund = { id: newId("re"), object: "refund", amount, currency: intent.currency, payment_intent: intent.id, charge: intent.latest_charge, status: "succeeded", metadata: p.metadata ?? {}, created: now() }
    this.refunds.set(refund.id, refund)
    return refund
  }

  private createAccount(p: Obj) {
    const type = p.type ?? p.controller?.stripe_dashboard?.type ?? "express"
    const account: Obj = {
      id: newId("acct"),
      object: "account",
      type,
      country: p.country ?? "IT",
      email: p.email ?? null,
      default_currency: "eur",
      created: now(),
      metadata: p.metadata ?? {},
      business_profile: p.business_profile ?? {},
    }
    this.accounts.set(account.id, account)
    this.setAccountState(account.id, "pending")
    return account
  }

  private createAccountLink(p: Obj) {
    const account = this.account(required(p, "account"))
    for (const name of ["refresh_url", "return_url", "type"]) required(p, name)
    if (!["account_onboarding", "account_update"].includes(p.type)) {
      throw new StripeError(400, "invalid_request_error", `Invalid type: ${p.type}`, "parameter_invalid_string", "type")
    }
    return {
      object: "account_link",
      created: now(),
      expires_at: now() + 300,
      url: `http://127.0.0.1:${this.port}/connect/setup/${account.id}?return_url=${encodeURIComponent(p.return_url)}&refresh_url=${encodeURIComponent(p.refresh_url)}`,
    }
  }

  private createTransfer(p: Obj) {
    const amount = int(required(p, "amount"), "amount")
    if (amount <= 0) throw new StripeError(400, "invalid_request_error", "Amount must be at least 1 cent", "amount_too_small", "amount")
    const destination = this.accounts.get(required(p, "destination"))
    if (!destination) throw new StripeError(400, "invalid_request_error", `No such destination: '${p.destination}'`, "resource_missing", "destination")
    if (destination.capabilities?.transfers !== "active") {
      throw new StripeError(400, "invalid_request_error", "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments", "insufficient_capabilities_for_transfer", "destination")
    }
    const transfer = {
      id: newId("tr"),
      object: "transfer",
      amount,
      amount_reversed: 0,
      currency: String(required(p, "currency")).toLowerCase(),
      created: now(),
      description: p.description ?? null,
      destination: destination.id,
      livemode: false,
      metadata: p.metadata ?? {},
      reversed: false,
      source_transaction: p.source_transaction ?? null,
      transfer_group: p.transfer_group ?? null,
    }
    this.transfers.set(transfer.id, transfer)
    return transfer
  }
}

/** A port nobody listens on, found synchronously (a child process binds port 0 and reports it). */
export function freePortSync(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }))
}

export function startFakeStripe(port?: number) {
  return new FakeStripe().listen(port || undefined)
}
