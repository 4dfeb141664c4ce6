/**
 * The Russian plural form for a count: `one` for 1, 21, 101 (упоминание), `few` for 2–4,
 * 22–24 (упоминания), `many` for 0, 5–20, 25–30, 11–14 (упоминаний).
 */
export function pluralRu(count: number, forms: { one: string; few: string; many: string }): string {
  const n = Math.abs(Math.trunc(count));
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms.many;
  if (last === 1) return forms.one;
  if (last >= 2 && last <= 4) return forms.few;
  return forms.many;
}
