import type { DemoCustomer, DemoPlace, DemoResident } from "./types"

function at(address_1: string, postal_code: "37129" | "37131", lat: number, lng: number): DemoPlace {
  return { address_1, postal_code, city: "Verona", province: "VR", lat, lng }
}

// Fictional residents of Veronetta: students, families, elderly people, newcomers.
export const residents: DemoResident[] = [
  { first_name: "Giuseppina", last_name: "Bonato", phone: "+39 347 218 4410", place: at("Via San Nazaro 51", "37129", 45.4409, 11.0072) },
  { first_name: "Marco", last_name: "Rossi", phone: "+39 340 552 1873", place: at("Via XX Settembre 88", "37129", 45.4393, 11.0061) },
  { first_name: "Sofia", last_name: "Bertoldi", phone: "+39 333 901 2264", place: at("Via San Francesco 14", "37129", 45.4377, 11.0021) },
  { first_name: "Youssef", last_name: "El Amrani", phone: "+39 351 447 0932", place: at("Via Santa Toscana 9", "37131", 45.4388, 11.0087) },
  { first_name: "Bruno", last_name: "Castagna", phone: "+39 338 126 7745", place: at("Via Scrimiari 27", "37129", 45.4431, 11.0020) },
  { first_name: "Ioana", last_name: "Munteanu", phone: "+39 329 874 3301", place: at("Via Cantarane 40", "37129", 45.4386, 11.0042) },
  { first_name: "Luca", last_name: "Ferrari", phone: "+39 345 663 9810", place: at("Via dell'Università 4", "37129", 45.4381, 11.0035) },
  { first_name: "Fatou", last_name: "Diop", phone: "+39 388 230 5567", place: at("Via Nizza 12", "37131", 45.4436, 11.0088) },
  { first_name: "Carla", last_name: "Zanotto", phone: "+39 348 907 1124", place: at("Via Giardino Giusti 6", "37129", 45.4430, 11.0048) },
  { first_name: "Wei", last_name: "Chen", phone: "+39 320 418 7736", place: at("Via XX Settembre 132", "37131", 45.4389, 11.0092) },
  { first_name: "Alessandro", last_name: "Tommasi", phone: "+39 349 335 6208", place: at("Interrato dell'Acqua Morta 23", "37129", 45.4416, 11.0009) },
  { first_name: "Olena", last_name: "Kovalenko", phone: "+39 371 599 2047", place: at("Via San Vitale 18", "37129", 45.4405, 11.0031) },
  { first_name: "Renato", last_name: "Girardi", phone: "+39 335 782 4490", place: at("Via Ponte Pignolo 5", "37129", 45.4448, 11.0016) },
  { first_name: "Martina", last_name: "Lorenzi", phone: "+39 342 615 3378", place: at("Via Paradiso 3", "37129", 45.4379, 11.0047) },
  { first_name: "Ardit", last_name: "Hoxha", phone: "+39 389 144 6652", place: at("Via dell'Artigliere 19", "37131", 45.4402, 11.0114) },
  { first_name: "Maria Grazia", last_name: "Pavan", phone: "+39 346 290 8815", place: at("Via Santa Maria in Organo 11", "37129", 45.4437, 11.0011) },
  { first_name: "Nimal", last_name: "Perera", phone: "+39 380 673 1149", place: at("Via Muro Padri 35", "37129", 45.4442, 11.0033) },
  { first_name: "Giorgia", last_name: "Vinco", phone: "+39 334 508 2291", place: at("Via Carducci 2", "37129", 45.4425, 11.0027) },
  { first_name: "Chiamaka", last_name: "Okafor", phone: "+39 327 861 4403", place: at("Via Fratelli Bandiera 8", "37131", 45.4412, 11.0121) },
  { first_name: "Tommaso", last_name: "Recchia", phone: "+39 331 947 5520", place: at("Via San Giovanni in Valle 17", "37129", 45.4461, 11.0036) },
  { first_name: "Elisa", last_name: "Murari", phone: "+39 344 372 6618", place: at("Via Seminario 12", "37129", 45.4421, 11.0071) },
  { first_name: "Andrei", last_name: "Popescu", phone: "+39 393 205 7784", place: at("Via Campofiore 26", "37129", 45.4392, 11.0068) },
  { first_name: "Franca", last_name: "Brunelli", phone: "+39 339 418 0036", place: at("Via Madonna del Terraglio 4", "37129", 45.4486, 11.0008) },
  { first_name: "Samuele", last_name: "De Angelis", phone: "+39 366 123 4589", place: at("Lungadige Porta Vittoria 31", "37129", 45.4372, 11.0003) },
  { first_name: "Rosa", last_name: "Quispe", phone: "+39 328 644 9012", place: at("Via San Paolo 20", "37129", 45.4392, 11.0016) },
  { first_name: "Pietro", last_name: "Sartori", phone: "+39 347 956 3327", place: at("Via Redentore 9", "37129", 45.4469, 11.0002) },
  { first_name: "Aisha", last_name: "Rahman", phone: "+39 351 782 2260", place: at("Via Santa Chiara 25", "37129", 45.4436, 11.0055) },
  { first_name: "Lucia", last_name: "Fontana", phone: "+39 340 219 8847", place: at("Piazza Isolo 15", "37129", 45.4441, 11.0007) },
  { first_name: "Davide", last_name: "Mazzi", phone: "+39 392 530 1176", place: at("Via Santo Stefano 6", "37129", 45.4478, 11.0001) },
  { first_name: "Irene", last_name: "Cordioli", phone: "+39 345 807 6623", place: at("Via Nizza 3", "37131", 45.4440, 11.0079) },
  { first_name: "Gabriele", last_name: "Oliboni", phone: "+39 333 462 9958", place: at("Via Gaetano Trezza 12", "37129", 45.4374, 11.0052) },
  { first_name: "Teresa", last_name: "Bellamoli", phone: "+39 338 771 2039", place: at("Via XX Settembre 47", "37129", 45.4398, 11.0037) },
]

// Demo accounts for the storefront; all share the password "buonvivere".
export const customers: DemoCustomer[] = [
  { email: "giuseppina.bonato@residenti.demo", password: "buonvivere", resident: 0 },
  { email: "sofia.bertoldi@residenti.demo", password: "buonvivere", resident: 2 },
  { email: "youssef.elamrani@residenti.demo", password: "buonvivere", resident: 3 },
  { email: "luca.ferrari@residenti.demo", password: "buonvivere", resident: 6 },
]
