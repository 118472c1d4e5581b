export * from "./events"
export * from "./fund/workflows/record-order-contribution"
export * from "./fund/workflows/disburse-from-fund"
