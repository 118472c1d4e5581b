import { amountSound, numberSound } from "../number-sound"

// Written out independently, the way the numbers are read aloud.
const READ_ALOUD: [number, string][] = [
  [0, "zero"],
  [1, "uno"],
  [2, "due"],
  [8, "otto"],
  [10, "dieci"],
  [11, "undici"],
  [16, "sedici"],
  [18, "diciotto"],
  [21, "ventuno"],
  [28, "ventotto"],
  [80, "ottanta"],
  [88, "ottantotto"],
  [90, "novanta"],
  [100, "cento"],
  [108, "centotto"],
  [111, "centoundici"],
  [800, "ottocento"],
  [899, "ottocentonovantanove"],
  [1000, "mille"],
  [1100, "millecento"],
  [2000, "duemila"],
  [8000, "ottomila"],
  [11000, "undicimila"],
  [18000, "diciottomila"],
  [80500, "ottantamilacinquecento"],
  [1_000_000, "un milione"],
  [8_000_000, "otto milioni"],
  [20_000_000, "venti milioni"],
]
const vowel = (word: string) => (/^[aeiou]/.test(word) ? "vowel" : "consonant")

describe("numberSound", () => {
  it.each(READ_ALOUD)("%d reads «%s»", (n, word) => {
    expect(numberSound(n)).toBe(vowel(word))
  })

  it("looks at the whole part only", () => {
    expect(numberSound(8.5)).toBe("vowel")
    expect(numberSound(2.8)).toBe("consonant")
  })
})

describe("amountSound", () => {
  it("reads the euros of an amount in cents", () => {
    expect(amountSound(1150)).toBe("vowel") // gli 11,50 €
    expect(amountSound(1600)).toBe("consonant") // i 16,00 €
    expect(amountSound(850)).toBe("vowel") // gli 8,50 €
    expect(amountSound(99)).toBe("consonant") // i 0,99 €
    expect(amountSound(180)).toBe("vowel") // gli 1,80 €
  })
})
