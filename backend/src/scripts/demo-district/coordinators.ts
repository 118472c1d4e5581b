// The network's coordinators log into the Medusa admin.
export const coordinator = {
  email: "coordinamento@retebuonvivere.demo",
  password: "buonvivere",
  first_name: "Coordinamento",
  last_name: "Rete",
}
