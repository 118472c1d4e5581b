// A stand-in for https://js.stripe.com/v3/ served by the fake Stripe: window.Stripe(pk) with
// elements({ clientSecret }).create("payment").mount(el), elements.submit() and
// confirmPayment({ elements, redirect: "if_required" }) — what our checkout calls —,
// confirmSetup({ elements, redirect: "if_required" }) (saving a card with a SetupIntent) and
// confirmCardPayment(clientSecret, { payment_method }) (a saved card confirmed by its owner after an
// off-session payment asked for authentication), talking to the fake's REST API with the
// publishable key and the intent's client secret, as Stripe.js does.
// The card field takes Stripe's test numbers: 4242… succeeds, 4000 0027 6000 3184 asks for
// 3-D Secure (a dialog with "Autorizza"/"Rifiuta"), 4000 0000 0000 0002 is declined,
// 4000 0000 0000 0341 can be saved but its charges are declined.
export const FAKE_STRIPE_JS = String.raw`(function () {
  var base = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
  var CARDS = { "4242424242424242": "pm_card_visa", "4000002760003184": "pm_card_threeDSecure2Required", "4000000000000002": "pm_card_chargeDeclined", "4000000000000341": "pm_card_chargeCustomerFail" };
  // Confirms an intent, and once more after the 3-D Secure dialog when the bank asks for it.
  function confirmWithChallenge(kind, id, pk, params) {
    var path = "/v1/" + kind + "/" + id + "/confirm";
    return post(path, pk, params).then(function (body) {
      if (body.error) return { error: body.error };
      if (body.status !== "requires_action") return { intent: body };
      return challenge().then(function (accepted) {
        if (!accepted) return { error: { type: "card_error", code: "authentication_failed", message: "Autenticazione 3-D Secure non riuscita." } };
        return post(path, pk, { client_secret: params.client_secret }).then(function (done) {
          return done.error ? { error: done.error } : { intent: done };
        });
      });
    });
  }
  function cardToken(input) {
    var number = (input && input.value || "").replace(/\s+/g, "");
    return CARDS[number] || "pm_card_visa";
  }
  function post(path, pk, params) {
    return fetch(base + path, {
      method: "POST",
      headers: { authorization: "Bearer " + pk, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(params).toString()
    }).then(function (r) { return r.json(); });
  }
  function challenge() {
    return new Promise(function (resolve) {
      var dialog = document.createElement("div");
      dialog.setAttribute("role", "dialog");
      dialog.setAttribute("aria-label", "Verifica 3-D Secure");
      dialog.style.cssText = "position:fixed;inset:20% 30%;background:#fff;border:2px solid #333;padding:1rem;z-index:9999";
      var text = document.createElement("p"); text.textContent = "La tua banca chiede di confermare il pagamento.";
      var ok = document.createElement("button"); ok.type = "button"; ok.textContent = "Autorizza";
      var no = document.createElement("button"); no.type = "button"; no.textContent = "Rifiuta";
      ok.onclick = function () { dialog.remove(); resolve(true); };
      no.onclick = function () { dialog.remove(); resolve(false); };
      dialog.append(text, ok, no);
      document.body.appendChild(dialog);
    });
  }
  window.Stripe = function (pk) {
    if (!/^pk_(test|live)_/.test(pk)) throw new Error("Invalid publishable key");
    var input;
    return {
      elements: function (options) {
        var clientSecret = options.clientSecret;
        return {
          _clientSecret: clientSecret,
          create: function () {
            var handlers = {};
            return {
              mount: function (target) {
                target.innerHTML = "";
                var label = document.createElement("label");
                label.textContent = "Numero della carta";
                input = document.createElement("input");
                input.inputMode = "numeric"; input.autocomplete = "cc-number"; input.name = "cardnumber";
                label.appendChild(input);
                target.appendChild(label);
                setTimeout(function () { handlers.ready && handlers.ready(); }, 0);
              },
              on: function (event, handler) { handlers[event] = handler; },
              destroy: function () {}
            };
          },
          submit: function () {
            var number = (input && input.value || "").replace(/\s+/g, "");
            return Promise.resolve(/^\d{16}$/.test(number) ? {} : { error: { type: "validation_error", message: "Il numero della carta è incompleto." } });
          }
        };
      },
      confirmSetup: function (options) {
        var secret = options.elements._clientSecret;
        return confirmWithChallenge("setup_intents", secret.split("_secret_")[0], pk, { payment_method: cardToken(input), client_secret: secret }).then(function (r) {
          return r.error ? { error: r.error } : { setupIntent: r.intent };
        });
      },
      confirmCardPayment: function (secret, data) {
        var params = { client_secret: secret };
        if (data && data.payment_method) params.payment_method = data.payment_method;
        return confirmWithChallenge("payment_intents", secret.split("_secret_")[0], pk, params).then(function (r) {
          return r.error ? { error: r.error } : { paymentIntent: r.intent };
        });
      },
      confirmPayment: function (options) {
        var secret = options.elements._clientSecret;
        return confirmWithChallenge("payment_intents", secret.split("_secret_")[0], pk, { payment_method: cardToken(input), client_secret: secret }).then(function (r) {
          return r.error ? { error: r.error } : { paymentIntent: r.intent };
        });
      }
    };
  };
})();`
