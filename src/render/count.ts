// A number with its noun, singular or plural as English wants: "1 passage", "3 passages".

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
