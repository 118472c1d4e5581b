export function attributesOf(text: string): [string, string][]
export function deferHeadScripts(head: string): string
