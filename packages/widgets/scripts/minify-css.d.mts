export function minifyCssText(text: string): string;
