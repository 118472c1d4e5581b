import type { DemoMaker } from "./types"

// Fictional people and shops; real street names of Veronetta, Verona.
export const makers: DemoMaker[] = [
  {
    handle: "forno-san-nazaro",
    name: "Forno San Nazaro",
    owner_first_name: "Giulia",
    owner_last_name: "Benedetti",
    email: "forno@sannazaro.demo",
    phone: "+39 045 800 4127",
    craft: "panificio",
    story:
      "Impasto di notte e alle sette la vetrina di via San Nazaro profuma già di pane. Uso un lievito madre che mi ha lasciato mia zia nel 2009 e farine macinate a pietra in Lessinia. Il pane che avanza la sera lo porto alla mensa dei frati di San Bernardino.",
    story_en:
      "I knead at night, and by seven the window on Via San Nazaro already smells of bread. I use a sourdough starter my aunt left me in 2009 and stone-ground flour from the Lessinia hills. Whatever bread is left in the evening goes to the friars' soup kitchen.",
    place: {
      address_1: "Via San Nazaro 34",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4412,
      lng: 11.0058,
    },
  },
  {
    handle: "apicoltura-torricelle",
    name: "Apicoltura delle Torricelle",
    owner_first_name: "Matteo",
    owner_last_name: "Zanetti",
    email: "miele@torricelle.demo",
    phone: "+39 045 803 2291",
    craft: "apicoltura",
    story:
      "Tengo quaranta arnie sulle colline delle Torricelle, a venti minuti a piedi da casa. Smielo in un piccolo laboratorio in via Santa Chiara e ogni vasetto porta la data e il versante di raccolta. D'estate chi vuole può venire a vedere le api con me, basta un cappello.",
    story_en:
      "I keep forty hives on the Torricelle hills, a twenty-minute walk from home. I extract the honey in a small workshop on Via Santa Chiara and every jar carries the date and the hillside it comes from. In summer anyone can come and see the bees with me: all you need is a hat.",
    place: {
      address_1: "Via Santa Chiara 12",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4432,
      lng: 11.0049,
    },
  },
  {
    handle: "ceramiche-acqua-morta",
    name: "Ceramiche dell'Acqua Morta",
    owner_first_name: "Elena",
    owner_last_name: "Fasoli",
    email: "studio@acquamorta.demo",
    phone: "+39 045 801 7730",
    craft: "ceramica",
    story:
      "Il mio studio è un ex magazzino sull'Interrato, dove una volta scorreva il canale. Tornisco gres e lo smalto con colori che prendo dal fiume: il verde dell'Adige in primavera, il grigio del tufo. Il giovedì pomeriggio la porta è aperta e si può provare il tornio.",
    story_en:
      "My studio is a former storehouse on the Interrato, where the canal used to flow. I throw stoneware and glaze it in colours taken from the river: the green of the Adige in spring, the grey of tuff stone. On Thursday afternoons the door is open and you can try the wheel.",
    place: {
      address_1: "Interrato dell'Acqua Morta 48",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4428,
      lng: 11.0012,
    },
  },
  {
    handle: "sartoria-cantarane",
    name: "Sartoria Sociale Cantarane",
    owner_first_name: "Rosa",
    owner_last_name: "Castellani",
    email: "laboratorio@sartoriacantarane.demo",
    phone: "+39 045 802 5518",
    craft: "sartoria",
    story:
      "Siamo una cooperativa sociale: in laboratorio lavorano sei sarte, e tre di loro sono rientrate al lavoro con un percorso di inserimento lavorativo. Cuciamo camicie su misura, grembiuli e borse, spesso con scampoli che ci regalano i tessutai della provincia. Ogni capo porta all'interno il nome di chi l'ha cucito.",
    story_en:
      "We are a social co-operative: six seamstresses work in our workshop, and three of them came back to work through a work-integration programme. We sew made-to-measure shirts, aprons and bags, often from remnants given to us by textile makers in the province. Every piece carries the name of the person who sewed it.",
    place: {
      address_1: "Via Cantarane 21",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4391,
      lng: 11.0036,
    },
  },
  {
    handle: "saponeria-san-vitale",
    name: "Saponeria San Vitale",
    owner_first_name: "Chiara",
    owner_last_name: "Lonardi",
    email: "ciao@saponeriasanvitale.demo",
    phone: "+39 045 804 6602",
    craft: "saponi naturali",
    story:
      "Faccio sapone a freddo in un retrobottega di via San Vitale, con olio d'oliva del Garda e cera delle api di Matteo. Ogni saponetta stagiona sei settimane sugli scaffali di legno prima di essere venduta. Se riportate la scatolina di latta, la ricarico con lo sconto.",
    story_en:
      "I make cold-process soap in a back room on Via San Vitale, with olive oil from Lake Garda and wax from Matteo's bees. Every bar cures for six weeks on wooden shelves before it is sold. Bring back the little tin and I refill it at a discount.",
    place: {
      address_1: "Via San Vitale 9",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4402,
      lng: 11.0027,
    },
  },
  {
    handle: "ciclofficina-porta-vescovo",
    name: "Ciclofficina Porta Vescovo",
    owner_first_name: "Luca",
    owner_last_name: "Dal Bosco",
    email: "officina@ciclofficinaportavescovo.demo",
    phone: "+39 045 805 3394",
    craft: "riparazione bici",
    story:
      "Siamo una piccola cooperativa di meccanici: recuperiamo le bici abbandonate che ci affida il Comune e le rimettiamo in strada. Facciamo tagliandi, riparazioni e, il sabato mattina, insegniamo a cambiare una camera d'aria. In quartiere la bici è il mezzo più veloce, vogliamo che funzioni.",
    story_en:
      "We are a small co-operative of mechanics: we take in abandoned bikes the city entrusts to us and put them back on the road. We do services and repairs, and on Saturday mornings we teach people how to change an inner tube. In this neighbourhood the bike is the fastest way around, and we want it to work.",
    place: {
      address_1: "Via dell'Artigliere 7",
      postal_code: "37131",
      city: "Verona",
      province: "VR",
      lat: 45.4398,
      lng: 11.0108,
    },
  },
  {
    handle: "legatoria-il-torchio",
    name: "Libreria e Legatoria Il Torchio",
    owner_first_name: "Francesca",
    owner_last_name: "Menegazzi",
    email: "libreria@iltorchio.demo",
    phone: "+39 045 806 1185",
    craft: "legatoria",
    story:
      "Tengo una libreria di dieci metri quadri e, nel soppalco, un banco da legatoria che era di mio nonno. Pubblico qualche piccolo libro sul quartiere e cucio a mano quaderni con carte marmorizzate. Gli studenti di via San Francesco passano a stampare le tesi e restano a parlare.",
    story_en:
      "I run a ten-square-metre bookshop and, up on the mezzanine, a bookbinding bench that belonged to my grandfather. I publish a few small books about the neighbourhood and hand-sew notebooks with marbled paper. The students from Via San Francesco drop by to print their theses and stay to chat.",
    place: {
      address_1: "Via Carducci 16",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4421,
      lng: 11.0031,
    },
  },
  {
    handle: "orto-dispensa-campofiore",
    name: "Orto & Dispensa Campofiore",
    owner_first_name: "Stefano",
    owner_last_name: "Girelli",
    email: "dispensa@campofiore.demo",
    phone: "+39 045 807 4450",
    craft: "fattoria sociale",
    story:
      "Siamo una fattoria sociale: coltiviamo due ettari a Montorio con ragazzi che seguono un percorso di inserimento lavorativo, e in vicolo Campofiore abbiamo la cucina dove facciamo confetture e passate. Quello che non vendiamo fresco lo mettiamo in vasetto. Il mercoledì prepariamo le cassette per i gruppi d'acquisto.",
    story_en:
      "We are a social farm: we grow two hectares in Montorio with young people on a work-integration path, and in Vicolo Campofiore we have the kitchen where we make jams and tomato passata. Whatever we don't sell fresh goes into jars. On Wednesdays we pack the crates for the buying groups.",
    place: {
      address_1: "Vicolo Campofiore 3",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4384,
      lng: 11.0063,
    },
  },
  {
    handle: "torrefazione-muro-padri",
    name: "Torrefazione Muro Padri",
    owner_first_name: "Davide",
    owner_last_name: "Bertolini",
    email: "tostatura@muropadri.demo",
    phone: "+39 045 808 9021",
    craft: "torrefazione",
    story:
      "Tosto il caffè due volte a settimana in una macchina da cinque chili, in una vecchia autorimessa di via Muro Padri. Compro il crudo da due cooperative di contadini, in Etiopia e in Honduras, e scrivo sul sacchetto quanto ho pagato al chilo. Il tè e le tisane li miscelo io, con le erbe di un'amica della Lessinia.",
    story_en:
      "I roast coffee twice a week in a five-kilo roaster, in an old garage on Via Muro Padri. I buy green coffee from two farmers' co-operatives, in Ethiopia and Honduras, and I write on the bag what I paid per kilo. I blend the teas and herbal infusions myself, with herbs from a friend in the Lessinia.",
    place: {
      address_1: "Via Muro Padri 22",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4439,
      lng: 11.0026,
    },
  },
  {
    handle: "falegnameria-seminario",
    name: "Falegnameria del Seminario",
    owner_first_name: "Giovanni",
    owner_last_name: "Pasetto",
    email: "bottega@falegnameriaseminario.demo",
    phone: "+39 045 809 2746",
    craft: "falegnameria",
    story:
      "Faccio il falegname da quarant'anni e ora lavoro soprattutto con il legno dei noci e dei ciliegi abbattuti nei giardini della città. Taglieri, cucchiai e sgabelli: cose che si usano tutti i giorni e durano. Se un tagliere si crepa, riportatemelo e lo sistemo.",
    story_en:
      "I have been a carpenter for forty years and now I mostly work with walnut and cherry wood from trees felled in the city's gardens. Cutting boards, spoons and stools: things you use every day and that last. If a board cracks, bring it back and I will fix it.",
    place: {
      address_1: "Via Seminario 6",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4418,
      lng: 11.0066,
    },
  },
  {
    handle: "bottega-contadina-san-paolo",
    name: "Bottega Contadina San Paolo",
    owner_first_name: "Anna",
    owner_last_name: "Marchi",
    email: "bottega@contadinasanpaolo.demo",
    phone: "+39 045 800 6613",
    craft: "bottega contadina",
    story:
      "La mia famiglia ha gli ulivi sopra Garda e un campo di mais Biancoperla in bassa veronese; in via San Paolo ho aperto la bottega per venderli senza intermediari. Accanto al nostro olio e alle nostre farine trovate le mele di un vicino di campo in Val d'Illasi. Sul cartellino scrivo sempre quanto va a chi coltiva.",
    story_en:
      "My family has olive trees above Garda and a field of Biancoperla maize in the lowlands south of Verona; I opened the shop on Via San Paolo to sell them without middlemen. Next to our oil and flours you will find apples from a neighbouring farmer in the Val d'Illasi. On every price tag I write how much goes to the grower.",
    place: {
      address_1: "Via San Paolo 7",
      postal_code: "37129",
      city: "Verona",
      province: "VR",
      lat: 45.4396,
      lng: 11.0009,
    },
  },
]
