import type { DemoProductText } from "./types"

// The catalogue in English, by product handle: what the seed writes through Medusa's
// Translation Module (locale en-GB). Every product of products.ts has an entry (unit-tested).
export const productsEn: Record<string, DemoProductText> = {
  "pagnotta-lievito-madre": {
    title: "Sourdough loaf",
    subtitle: "Stone-ground type 1 flour",
    description: "Slow-risen bread (24 hours) with a thick crust and an open crumb. Keeps four or five days wrapped in a tea towel.",
  },
  "cornetti-sfogliati-burro": {
    title: "Butter croissants",
    description: "Laminated by hand with mountain butter from the Lessinia, no ready-made dough. Warm them for five minutes in the oven in the morning.",
  },
  "nadalin-veronese": {
    title: "Veronese Nadalin",
    subtitle: "The star-shaped Christmas cake",
    description: "Verona's Christmas cake, older than pandoro: low, eight-pointed, topped with sugar crystals. We only bake it from late November to Epiphany.",
  },
  "filone-casereccio-a-peso": {
    title: "Country loaf, sold by weight",
    subtitle: "By weight: about 1 kg",
    description: "The big loaf of soft wheat and semolina, baked in a wood oven. Every loaf weighs a little differently: we weigh yours when we pack the order and you pay its real weight.",
  },
  "biscotti-farro-miele": {
    title: "Spelt and honey biscuits",
    description: "Dry biscuits made with wholemeal spelt flour and wildflower honey from the Torricelle hills. Best dunked in milk.",
  },
  "pane-segale-noci": {
    title: "Rye and walnut bread",
    description: "Dark bread with 40% rye and whole walnuts. Goes well with mountain cheeses and chestnut honey.",
  },
  "zucca-delica-a-peso": {
    title: "Delica pumpkin",
    subtitle: "By weight: about 1.5 kg",
    description: "Sweet, dry-fleshed pumpkin, best roasted or in a risotto. No two pumpkins are alike: we weigh yours when we pack the order and you pay its real weight.",
  },
  "monte-veronese-stagionato": {
    title: "Aged Monte Veronese",
    subtitle: "By weight: about 350 g",
    description: "Mountain cheese from the Lessinia aged six months, cut from the wheel to order. You pay the real weight of your piece, weighed when we pack the order.",
  },
  "miele-acacia-torricelle": {
    title: "Acacia honey",
    subtitle: "May harvest, south-facing slopes",
    description: "Light, delicate honey that stays runny for a long time. Harvested on the Torricelle hills in May, never pasteurised.",
  },
  "miele-castagno": {
    title: "Chestnut honey",
    description: "Dark and slightly bitter, with an intense woodland scent. In June the hives move to the chestnut woods of the Valpantena.",
  },
  "miele-millefiori-torricelle": {
    title: "Torricelle wildflower honey",
    description: "The honey of summer on the hills: lime, clover, bramble and meadow flowers. It sets into a soft cream.",
  },
  "miele-con-noci": {
    title: "Acacia honey with walnuts",
    description: "Verona walnuts, shelled by hand and steeped in acacia honey. Try it with aged Monte Veronese cheese.",
  },
  "candela-cera-api": {
    title: "Pure beeswax candle",
    description: "Hand-poured candle made from our own hives' wax, with a cotton wick. Burns slowly with a faint scent of honey.",
  },
  "ciotola-gres-smaltata": {
    title: "Glazed stoneware bowl",
    subtitle: "Ø 15 cm, dishwasher safe",
    description: "Hand-thrown bowl for soups, salads or breakfast. Each piece differs a little in glaze and shape.",
  },
  "tazza-gres": {
    title: "Stoneware mug",
    description: "A 300 ml mug with a wide handle, comfortable even for cold hands in winter.",
  },
  "piatto-gres": {
    title: "Tufa-grey stoneware plate",
    description: "Plate with a raw rim and a tufa-grey glaze inside. Oven and dishwasher safe.",
  },
  "vaso-collo-lungo": {
    title: "Long-necked vase",
    description: "A 28 cm tall vase for branches and wild flowers. Poured Adige-green glaze, watertight inside.",
  },
  "teiera-gres": {
    title: "Stoneware teapot",
    description: "One-litre teapot with a strainer built into the body and a lid that stays put when you pour.",
  },
  "camicia-lino": {
    title: "Linen shirt",
    subtitle: "Straight cut, mandarin collar",
    description: "Shirt in washed linen, light and cool. Sewn in our workshop; if the sleeves are long, we shorten them free of charge.",
  },
  "camicia-su-misura": {
    title: "Made-to-measure cotton shirt",
    description: "We take your measurements in the workshop, you choose the fabric and collar; the shirt is ready in three weeks. The price includes one fitting.",
  },
  "grembiule-cucina": {
    title: "Kitchen apron",
    description: "Apron in heavy cotton canvas with a double pocket and long ties, to fasten at the front or the back.",
  },
  "shopper-tela": {
    title: "Canvas shopping bag",
    description: "Sturdy canvas bag with long handles that carries up to ten kilos of shopping. Sewn from reclaimed offcuts.",
  },
  "sacchetto-pane-lino": {
    title: "Linen bread bag",
    description: "Drawstring bag that keeps bread fresh for longer. Machine washable at 40 degrees.",
  },
  "sapone-olio-oliva": {
    title: "Olive oil soap",
    description: "Castile soap made with 100% extra virgin olive oil from Lake Garda, gentle even on children's skin. Cured for six weeks.",
  },
  "sapone-miele-avena": {
    title: "Honey and oat soap",
    description: "With honey from the Torricelle and ground oat flakes: a gentle scrub that leaves the skin soft.",
  },
  "shampoo-solido": {
    title: "Shampoo bar",
    description: "One bar lasts as long as two bottles of shampoo and leaves no plastic behind. With clay and essential oils.",
  },
  "balsamo-labbra": {
    title: "Lip balm in a tin",
    description: "Beeswax, shea butter and almond oil in a 15 ml tin that you can refill at the shop.",
  },
  "bici-rigenerata-citta": {
    title: "Refurbished city bike",
    subtitle: "Overhauled, with lights and mudguards",
    description: "Reclaimed steel frame with new brakes, chain, tyres and cables. Six months' guarantee and the first service free.",
  },
  "buono-tagliando-bici": {
    title: "Bike service voucher",
    description: "Voucher for our community bike workshop, valid for a year. Basic: brake and gear adjustment, tyre pressure, lubrication. Complete: spokes, bearings and drivetrain cleaning as well.",
  },
  "luci-led-ricaricabili": {
    title: "Pair of rechargeable LED lights",
    description: "A white front light and a red rear light, recharged with a USB cable. We fit them for free if you drop by the workshop.",
  },
  "kit-riparazione-foratura": {
    title: "Puncture repair kit",
    description: "Tyre levers, patches, glue and a small illustrated guide: all you need not to be left on foot.",
  },
  "cestino-manubrio-vimini": {
    title: "Wicker handlebar basket",
    description: "Woven by a basket maker from the Bassa plain, with a quick-release clip. The day's shopping fits comfortably.",
  },
  "veronetta-a-piedi": {
    title: "Veronetta on foot",
    subtitle: "Seven walks between the Adige and the Torricelle",
    description: "A small guide with hand-drawn maps: cloisters, stairways, workshops and the hidden gardens of the district. 144 pages.",
  },
  "ricette-nonne-veronetta": {
    title: "The grandmothers' recipes of Veronetta",
    description: "Pastissada, risi e bisi, tagliatelle cake: sixty recipes collected at the elderly people's centre in via Santa Toscana, in their own words.",
  },
  "storie-acqua-morta": {
    title: "Tales of the Acqua Morta",
    subtitle: "Illustrated book for children",
    description: "A catfish, a washerwoman and a bridge that is no longer there: illustrated stories about the canal that once crossed the district. Ages 5 and up.",
  },
  "quaderno-cucito-mano": {
    title: "Hand-sewn notebook",
    description: "Notebook with blank pages of 120 g paper, exposed stitching and a recycled card cover.",
  },
  "taccuino-carta-marmorizzata": {
    title: "Marbled paper journal",
    description: "Hard cover wrapped in hand-marbled paper, so every sheet is one of a kind. Elastic closure.",
  },
  "cassetta-verdura-stagione": {
    title: "Box of seasonal vegetables",
    subtitle: "Picked the day before",
    description: "Whatever the garden gives that week: in autumn pumpkin, black cabbage, radicchio and potatoes. The exact list is on the sheet inside the box.",
  },
  "confettura-albicocche": {
    title: "Apricot jam",
    description: "70% fruit, a little cane sugar and no added pectin. Apricots from our own trees in Montorio.",
  },
  "confettura-ciliegie": {
    title: "Cherry jam",
    description: "Ripe cherries from the Val d'Illasi, pitted by hand by the young people of the farm. Perfect in a tart.",
  },
  "giardiniera-agrodolce": {
    title: "Sweet and sour pickled vegetables",
    description: "Carrots, cauliflower, peppers, celery and baby onions in wine vinegar with a little sugar, as crunchy as just picked.",
  },
  "passata-pomodoro": {
    title: "Tomato passata",
    description: "San Marzano and ribbed tomatoes from the garden, sieved and bottled the same day. Only tomato and a pinch of salt.",
  },
  "caffe-miscela-veronetta": {
    title: "Veronetta coffee blend",
    subtitle: "Arabica from Honduras and Ethiopia",
    description: "Medium roast, notes of cocoa and hazelnut, low acidity: made for the moka pot. The bag shows the roasting date and the price per kilo paid to the farmers.",
  },
  "caffe-etiopia-sidamo": {
    title: "Single-origin coffee Ethiopia Sidamo",
    description: "Light roast with a scent of flowers and citrus. Good for filter or French press. Whole beans.",
  },
  "te-verde-sencha": {
    title: "Sencha green tea",
    description: "Loose Japanese green tea, whole leaves. Steep for three minutes in water at 75 degrees.",
  },
  "infuso-sera-torricelle": {
    title: "Evening on the Torricelle herbal tea",
    description: "Camomile, lemon balm, lime blossom and orange peel, gathered in the Lessinia. Caffeine-free, for after dinner.",
  },
  "tagliere-noce": {
    title: "Walnut chopping board",
    description: "Board in Italian walnut from the city's own trees, treated only with food-grade linseed oil. With a hole to hang it.",
  },
  "set-cucchiai-ciliegio": {
    title: "Set of three cherry-wood spoons",
    description: "Three spoons of different sizes, carved by hand. Not for the dishwasher: hot water and a drop of oil.",
  },
  "spatola-olivo": {
    title: "Olive-wood kitchen spatula",
    description: "Flat spatula for stirring risotto, made from an olive branch pruned on Lake Garda.",
  },
  "sgabello-larice": {
    title: "Larch stool",
    description: "Three-legged stool, 45 cm high, joined without screws. Holds an adult and can be carried in one hand.",
  },
  "olio-evo-garda": {
    title: "Lake Garda extra virgin olive oil",
    subtitle: "Casaliva olives, 2024 harvest",
    description: "Oil from our own olive trees above Garda, cold-pressed within twenty-four hours of picking. Lightly fruity, with a hint of almond.",
  },
  "farina-mais-biancoperla": {
    title: "Biancoperla cornmeal",
    description: "An old Venetian variety of white maize, stone-ground: for white polenta to serve with fish.",
  },
  "farina-tenero-tipo-1": {
    title: "Type 1 soft wheat flour",
    description: "Stone-ground in a mill in the lowlands south of Verona, it keeps part of the germ: good for bread and pizza.",
  },
  "mele-val-illasi": {
    title: "Val d'Illasi apples",
    description: "Renetta and Fuji apples from a neighbouring farmer, untreated after picking. A few spots, lots of flavour.",
  },
  // the network's own product (seed/brand.ts)
  "spesa-sospesa": {
    title: "Suspended basket",
    subtitle: "A basket of groceries for a family in the district",
    description:
      "You pay for a basket of the network's products (bread, vegetables, honey, coffee) that a family referred by the social services collects for free at the pickup point. Only the coordinators know who receives it.",
  },
}

/**
 * Option titles, option values and variant titles in English. Sizes and weights that read the
 * same in both languages ("500 g", "XL", "A5") are not listed: they stay as they are.
 */
export const catalogueWordsEn: Record<string, string> = {
  Formato: "Size",
  Unico: "One size",
  Peso: "Weight",
  Confezione: "Pack",
  "2 pezzi": "2 pieces",
  "4 pezzi": "4 pieces",
  Colore: "Colour",
  Misura: "Size",
  Taglia: "Size",
  Tipo: "Type",
  Telaio: "Frame",
  Macinatura: "Grind",
  Profumo: "Scent",
  "In grani": "Whole beans",
  "Per moka": "Moka grind",
  "250 g / In grani": "250 g / Whole beans",
  "250 g / Per moka": "250 g / Moka grind",
  "500 g / In grani": "500 g / Whole beans",
  "500 g / Per moka": "500 g / Moka grind",
  Arancia: "Orange",
  Base: "Basic",
  Completo: "Complete",
  "Completo con freni nuovi": "Complete with new brakes",
  "Bianco latte": "Milk white",
  Blu: "Blue",
  "Blu Adige": "Adige blue",
  "Blu notte": "Midnight blue",
  "Capelli grassi": "Oily hair",
  "Capelli normali": "Normal hair",
  Grande: "Large",
  "Grande (6-7 kg)": "Large (6-7 kg)",
  Piccola: "Small",
  "Piccola (3-4 kg)": "Small (3-4 kg)",
  Lavanda: "Lavender",
  Naturale: "Natural",
  Ocra: "Ochre",
  Rigato: "Striped",
  Rosso: "Red",
  "Rosso mattone": "Brick red",
  Senape: "Mustard",
  "Verde salvia": "Sage green",
  // the network's own product (seed/brand.ts)
  Cesto: "Basket",
  "Cesto da 25 €": "€25 basket",
}

/** Category descriptions in English, by handle (names are in categories.ts as `name_en`). */
export const categoryDescriptionsEn: Record<string, string> = {
  "pane-e-dolci": "Sourdough bread, baked sweets and biscuits, fresh every morning from the district's bakeries.",
  "miele-e-conserve": "Honey from the Veronese hills, jams, passata and pickles made with seasonal fruit and vegetables.",
  "frutta-e-verdura": "Boxes of seasonal vegetables and fruit from the community gardens and the farmers of the province.",
  "olio-e-farine": "Extra virgin olive oil from Lake Garda and stone-ground flours: the basics of the pantry.",
  "caffe-e-te": "Coffee roasted in small batches, loose teas and herbal blends mixed by hand.",
  ceramiche: "Bowls, mugs, plates and vases in stoneware, thrown and glazed by hand: each piece is a little different.",
  "sartoria-e-tessuti": "Shirts, aprons and bags sewn in the workshop from natural fabrics and reclaimed offcuts.",
  "saponi-e-cosmesi": "Cold-process soaps, shampoo bars and balms with plant oils and beeswax, no synthetic fragrances.",
  libri: "Books from small Veronese publishers: walking guides, recipes, stories of the district.",
  "carta-e-legatoria": "Notebooks and journals sewn and bound by hand, with marbled papers and cloth covers.",
  "bici-e-riparazioni": "Refurbished bicycles, service vouchers for the community bike workshop and accessories for getting around.",
  "casa-e-legno": "Chopping boards, kitchen utensils, small furniture and candles for the home, made in the workshop.",
}

/** The makers' crafts in English, by the Italian word (their stories are in makers.ts as `story_en`). */
export const craftsEn: Record<string, string> = {
  panificio: "bakery",
  apicoltura: "beekeeping",
  ceramica: "ceramics",
  sartoria: "tailoring",
  "saponi naturali": "natural soaps",
  "riparazione bici": "bike repairs",
  legatoria: "bookbinding",
  "fattoria sociale": "social farm",
  torrefazione: "coffee roasting",
  falegnameria: "woodwork",
  "bottega contadina": "farm shop",
  "vetrate e vetro soffiato": "stained and blown glass",
}
