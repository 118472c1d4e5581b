/**
 * How a number written in digits starts when read aloud in Italian, which decides the article
 * in front of it: "gli 11,50 €" (undici), "l'8%" (otto), but "i 16,00 €" (sedici), "il 2%".
 * Messages pick the article with an ICU select on this value:
 * `{price_sound, select, vowel {gli {price}} other {i {price}}}`.
 *
 * Only the whole part counts ("11,50" reads "undici e cinquanta"). Read aloud, a number starts
 * with a vowel when its first word is uno/un (1, un milione), otto (8, 80–89, 800–899,
 * ottomila…) or undici (11, undicimila…); cento, mille and the other numbers do not.
 */
export type NumberSound = "vowel" | "consonant"

/** The sound of the number 1–999 spelt on its own ("otto", "undici", "ottocento", "cento"). */
function leadingSoundBelowThousand(n: number): NumberSound {
  if (n >= 100) return Math.floor(n / 100) === 8 ? "vowel" : "consonant" // ottocento; cento, duecento…
  if (n === 1 || n === 8 || n === 11 || (n >= 80 && n <= 89)) return "vowel"
  return "consonant"
}

export function numberSound(value: number): NumberSound {
  let n = Math.floor(Math.abs(value))
  if (n === 0) return "consonant" // zero
  // Millions and beyond: "un milione", "otto milioni", "undici miliardi" — the count leads.
  for (const scale of [1e12, 1e9, 1e6]) {
    if (n >= scale) {
      n = Math.floor(n / scale)
      return n === 1 ? "vowel" : numberSound(n)
    }
  }
  if (n >= 1000) {
    const thousands = Math.floor(n / 1000)
    return thousands === 1 ? "consonant" : leadingSoundBelowThousand(thousands) // mille; ottomila, undicimila
  }
  return leadingSoundBelowThousand(n)
}

/** The same for an amount in cents: "11,50 €" reads "undici e cinquanta". */
export function amountSound(cents: number): NumberSound {
  return numberSound(Math.trunc(cents / 100))
}
