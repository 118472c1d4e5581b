import type { DemoMaker } from "./types"

// An application waiting for the coordinators, so the approval flow has something to show.
export const applicants: DemoMaker[] = [
  {
    handle: "vetri-santa-toscana",
    name: "Vetri di Santa Toscana",
    owner_first_name: "Irene",
    owner_last_name: "Molinari",
    email: "irene@vetrisantatoscana.demo",
    phone: "+39 045 801 3390",
    craft: "vetrate e vetro soffiato",
    story:
      "Restauro vetrate per le chiese del quartiere e soffio bicchieri e lampade nel laboratorio dietro Porta Vescovo. Vorrei vendere qui i pezzi piccoli, quelli che nascono dagli scarti delle vetrate.",
    story_en:
      "I restore stained glass for the district's churches and blow glasses and lamps in my workshop behind Porta Vescovo. I'd like to sell the small pieces here, the ones made from stained-glass offcuts.",
    place: { address_1: "Via Santa Toscana 9", postal_code: "37129", city: "Verona", province: "VR", lat: 45.4398, lng: 11.0121 },
  },
]
