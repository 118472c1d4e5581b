import type { DemoCategory } from "./types"

// VAT classes follow the Italian rates for each kind of good (IVA):
// bread, pastries, honey and preserves 10%; fresh produce, olive oil, flour
// and books 4%; crafts, textiles, cosmetics, coffee, stationery and bikes 22%.
export const categories: DemoCategory[] = [
  {
    handle: "pane-e-dolci",
    name: "Pane e dolci",
    name_en: "Bread and pastries",
    description:
      "Pane a lievito madre, dolci da forno e biscotti sfornati ogni mattina nelle botteghe del quartiere.",
    vat: "reduced",
  },
  {
    handle: "miele-e-conserve",
    name: "Miele e conserve",
    name_en: "Honey and preserves",
    description:
      "Miele delle colline veronesi, confetture, passate e sottaceti preparati con la frutta e la verdura di stagione.",
    vat: "reduced",
  },
  {
    handle: "frutta-e-verdura",
    name: "Frutta e verdura",
    name_en: "Fruit and vegetables",
    description:
      "Cassette di ortaggi e frutta di stagione raccolti negli orti sociali e dai contadini della provincia.",
    vat: "super_reduced",
  },
  {
    handle: "olio-e-farine",
    name: "Olio e farine",
    name_en: "Olive oil and flours",
    description:
      "Olio extravergine del Garda e farine macinate a pietra: gli ingredienti di base della dispensa.",
    vat: "super_reduced",
  },
  {
    handle: "caffe-e-te",
    name: "Caffè e tè",
    name_en: "Coffee and tea",
    description: "Caffè tostato in piccoli lotti, tè sfusi e infusi di erbe miscelati a mano.",
    vat: "standard",
  },
  {
    handle: "ceramiche",
    name: "Ceramiche",
    name_en: "Ceramics",
    description: "Ciotole, tazze, piatti e vasi in gres tornito e smaltato a mano: ogni pezzo è un po' diverso.",
    vat: "standard",
  },
  {
    handle: "sartoria-e-tessuti",
    name: "Sartoria e tessuti",
    name_en: "Tailoring and textiles",
    description:
      "Camicie, grembiuli e borse cuciti in laboratorio con tessuti naturali e scampoli recuperati.",
    vat: "standard",
  },
  {
    handle: "saponi-e-cosmesi",
    name: "Saponi e cosmesi naturale",
    name_en: "Soaps and natural cosmetics",
    description:
      "Saponi a freddo, shampoo solidi e balsami con oli vegetali e cera d'api, senza profumi sintetici.",
    vat: "standard",
  },
  {
    handle: "libri",
    name: "Libri",
    name_en: "Books",
    description: "Libri di piccoli editori veronesi: guide a piedi, ricette, storie del quartiere.",
    vat: "super_reduced",
  },
  {
    handle: "carta-e-legatoria",
    name: "Carta e legatoria",
    name_en: "Paper and bookbinding",
    description: "Quaderni e taccuini cuciti e rilegati a mano, con carte marmorizzate e copertine in tela.",
    vat: "standard",
  },
  {
    handle: "bici-e-riparazioni",
    name: "Bici e riparazioni",
    name_en: "Bikes and repairs",
    description:
      "Biciclette rigenerate, buoni per la manutenzione in ciclofficina e accessori per muoversi in quartiere.",
    vat: "standard",
  },
  {
    handle: "casa-e-legno",
    name: "Casa e legno",
    name_en: "Home and woodwork",
    description: "Taglieri, utensili da cucina, piccoli mobili e candele per la casa, fatti in bottega.",
    vat: "standard",
  },
]
