/**
 * Candidate derivations between a place or organisation name and its relational adjective
 * (Россия ↔ российский, Казахстан ↔ казахстанский, Москва ↔ московский). Rules guess the
 * candidates; the build keeps only those the dictionary confirms as real words. Irregular
 * pairs that no rule reaches come from a short curated table.
 */

/** Irregular adjective → name pairs (folded, dictionary forms), true for any text. */
const irregular: ReadonlyMap<string, string> = new Map([
  ['французский', 'франция'],
  ['немецкий', 'германия'],
  ['британский', 'великобритания'],
  ['белорусский', 'беларусь'],
  ['турецкий', 'турция'],
  ['греческий', 'греция'],
  ['шведский', 'швеция'],
  ['чешский', 'чехия'],
  ['китайский', 'китай'],
  ['японский', 'япония'],
  ['кыргызский', 'кыргызстан'],
  ['киргизский', 'киргизия'],
  ['таджикский', 'таджикистан'],
  ['узбекский', 'узбекистан'],
  ['туркменский', 'туркменистан'],
  ['казахский', 'казахстан'],
  ['азербайджанский', 'азербайджан'],
  ['армянский', 'армения'],
  ['грузинский', 'грузия'],
  ['украинский', 'украина'],
  ['польский', 'польша'],
  ['петербургский', 'петербург'],
  ['кремлевский', 'кремль'],
]);

const adjectiveEnding = /(?:ск|цк)ий$/;

/** Names an adjective may derive from, most plausible first ("российский" → "россия"). */
export function nounCandidates(adjective: string): string[] {
  const out = new Set<string>();
  const curated = irregular.get(adjective);
  if (curated) out.add(curated);
  if (!adjectiveEnding.test(adjective)) return [...out];
  const base = adjective.slice(0, -4); // казахстан|ский, росси|йский → росси(й)
  const bases = new Set([base]);
  if (base.endsWith('й')) bases.add(base.slice(0, -1)); // европей|ский → европе… → европ
  for (const b of bases) {
    out.add(b);
    out.add(`${b}я`);
    out.add(`${b}а`);
    out.add(`${b}ы`);
    out.add(`${b}ия`);
    if (b.endsWith('ов')) out.add(`${b.slice(0, -2)}ва`); // москов|ский → москва
    const shorter = b.replace(/(?:ан|ин|ов|ев|ей|ен)$/, '');
    if (shorter !== b) {
      out.add(shorter);
      out.add(`${shorter}а`);
      out.add(`${shorter}ы`);
      out.add(`${shorter}я`);
    }
  }
  out.delete(adjective);
  return [...out].filter((w) => w.length >= 3);
}

/** Adjectives a name may have ("казахстан" → "казахстанский"), most plausible first. */
export function adjectiveCandidates(noun: string): string[] {
  const out = new Set<string>();
  for (const [adjective, name] of irregular) if (name === noun) out.add(adjective);
  const stem = noun.replace(/(?:ия|а|я|ы|и|ь)$/, '');
  for (const s of new Set([noun, stem])) {
    for (const suffix of ['ский', 'ийский', 'анский', 'инский', 'овский', 'евский', 'ейский', 'енский']) {
      out.add(`${s}${suffix}`);
    }
  }
  return [...out];
}
