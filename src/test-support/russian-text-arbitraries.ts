/**
 * fast-check generators for Russian news text and hostile input, shared by the property
 * tests. fast-check's default strings are ASCII, so these are built from what Russian news
 * is made of (words, names, speech verbs, «»„“"” quotes, dashes, line ends) and from what
 * breaks parsers (controls, bidi, zero-width, combining marks, lone surrogates, markup).
 */
import { fc } from '@fast-check/vitest';

const words = [
  'Токаев',
  'Касым-Жомарт',
  'Путин',
  'Си Цзиньпин',
  'президент',
  'Казахстана',
  'ШОС',
  'ООН',
  'Астане',
  'Москве',
  'сказал',
  'заявил',
  'заявила',
  'отметил',
  'по словам',
  'как сообщает',
  'РИА Новости',
  'газета',
  'он',
  'она',
  'мы',
  'едины',
  'в',
  'на',
  'вопросах',
  'безопасности',
  'ёлка',
  'йод',
  'Север-Юг',
  '2025',
  '15,5',
  'Zakon.kz',
  'Мы',
  'Известиям',
  'так называемый',
  'ё',
  'é',
];
const punctuation = [
  '«',
  '»',
  '„',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  ', ',
  '. ',
  ': ',
  ' — ',
  ' – ',
  ',- ',
  '-',
  '…',
  '!',
  '?',
  '(',
  ')',
];
const spacing = [' ', ' ', ' ', '\u00A0', '\t', '\n', '\n\n', '\r\n', '\r'];
const hostile = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u202D',
  '\u202C',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u2028',
  '\u2029',
  '\u0301',
  '\u0308',
  'е\u0308',
  'и\u0306',
  '\uD800',
  '\uDFFF',
  '😀',
  '👨‍👩‍👧',
  '<script>',
  '</p>',
  '&lt;',
  '&#171;',
];

/** Text of up to 80 pieces, each drawn from one of the weighted lists. */
function piecesText(...lists: [weight: number, pieces: readonly string[]][]) {
  return fc
    .array(
      fc.oneof(...lists.map(([weight, pieces]) => ({ weight, arbitrary: fc.constantFrom(...pieces) }))),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''));
}

/** Text shaped like Russian news: words and names, separated by spaces and punctuation, in lines. */
export const newsText = piecesText([6, words], [3, punctuation], [3, spacing]);

/** News-shaped text with hostile characters mixed in. */
export const hostileText = piecesText([5, words], [3, punctuation], [3, spacing], [2, hostile]);

/** Any UTF-16 string at all, lone surrogates included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 60 });
