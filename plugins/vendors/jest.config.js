// Unit tests as every plugin of the network runs them (packages/kit/jest-preset.js).
module.exports = { preset: "@rbv/kit" }
