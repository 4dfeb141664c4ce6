import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createLinkSelector } from './create-link-selector.ts';
import { matchQuote } from './match-quote.ts';
import { quoteIds } from './quote-id.ts';

// Paragraphs of a real Zakon.kz article; the three speech quotes are what links point to.
const article = [
  'Президент РК назвал ШОС гарантом обеспечения региональной безопасности',
  'Как отметил президент в интервью "Известиям", для Казахстана ШОС – это один из приоритетов в развитии многостороннего регионального диалога.',
  '"За более чем 20 лет успешного функционирования объединение стало авторитетной многосторонней площадкой с широкой повесткой дня. Сегодня ШОС с её колоссальным политическим, экономическим, человеческим и культурным потенциалом по праву можно назвать гарантом обеспечения региональной безопасности", — сказал Токаев.',
  'В этом плане для Казахстана председательство в ШОС является большой честью и одновременно огромной ответственностью. Будучи председателем в ШОС Казахстан преследует главную цель – продвинуть взаимодействие в Организации на ещё более высокий уровень.',
  '"Хочу отметить, что позиции наших стран по большинству текущих вопросов и перспектив дальнейшего развития ШОС созвучны. Это, безусловно, важный показатель продуктивности сложившихся партнёрских отношений",- сказал казахстанский лидер.',
  'По его словам Россия играет активную роль в продвижении инициированных Казахстаном переговоров по созданию Центра информационной безопасности ШОС.',
  '"Возлагаю большие надежды на успешное казахстанско-российское взаимодействие, которое, вне всякого сомнения, отразится на успехе главного мероприятия – Саммита ШОС в июле 2024 года", — заключил Президент Токаев.',
].join('\n\n');

const quoteTexts = [
  'За более чем 20 лет успешного функционирования объединение стало авторитетной многосторонней площадкой с широкой повесткой дня. Сегодня ШОС с её колоссальным политическим, экономическим, человеческим и культурным потенциалом по праву можно назвать гарантом обеспечения региональной безопасности',
  'Хочу отметить, что позиции наших стран по большинству текущих вопросов и перспектив дальнейшего развития ШОС созвучны. Это, безусловно, важный показатель продуктивности сложившихся партнёрских отношений',
  'Возлагаю большие надежды на успешное казахстанско-российское взаимодействие, которое, вне всякого сомнения, отразится на успехе главного мероприятия – Саммита ШОС в июле 2024 года',
];

/** What the quote finder would report for a text: each quote's span and content id. */
function quotesIn(text: string, texts = quoteTexts) {
  const ids = quoteIds(texts);
  return texts
    .map((q, i) => ({ id: ids[i] as string, start: text.indexOf(q), end: text.indexOf(q) + q.length }))
    .filter((q) => q.start !== -1);
}

const quotes = quotesIn(article);
const [first, second, third] = quotes as [(typeof quotes)[0], (typeof quotes)[0], (typeof quotes)[0]];
const linkTo = (q: typeof first) => createLinkSelector(article, q, q.id);
const slice = (text: string, m: { start: number; end: number } | null) =>
  m ? text.slice(m.start, m.end) : null;

describe('matchQuote', () => {
  it('opens the quote by its id when the id still exists', () => {
    const m = matchQuote(article, linkTo(second), quotes);
    expect(m).toMatchObject({ via: 'id', start: second.start, end: second.end, changed: false, score: 1 });
  });

  it('finds the same words after an edit elsewhere, with the id unchanged', () => {
    const edited = article.replace('Как отметил президент', 'Как подробно рассказал глава государства');
    const m = matchQuote(edited, linkTo(third), quotesIn(edited));
    expect(m?.via).toBe('id');
    expect(slice(edited, m)).toBe(quoteTexts[2]);
  });

  it('re-finds unchanged words by text when no quote has the id', () => {
    const edited = `Срочно.\n\n${article}`;
    const m = matchQuote(edited, linkTo(third));
    expect(m).toMatchObject({ via: 'text', changed: false, quoteId: null });
    expect(slice(edited, m)).toBe(quoteTexts[2]);
    expect(m?.score).toBeGreaterThan(0.99);
  });

  it('re-anchors an edited quote, says its words changed and gives the new quote id', () => {
    const edited = article.replace('большие надежды', 'огромные надежды');
    const editedQuotes = quotesIn(
      edited,
      quoteTexts.map((q) => q.replace('большие надежды', 'огромные надежды')),
    );
    const m = matchQuote(edited, linkTo(third), editedQuotes);
    expect(m).toMatchObject({ via: 'text', changed: true, quoteId: editedQuotes[2]?.id });
    expect(slice(edited, m)).toMatch(/^Возлагаю огромные надежды.*2024 года$/);
  });

  it('does not call a typographic touch-up a change', () => {
    const edited = article
      .replace('партнёрских', 'партнерских')
      .replace('Это, безусловно,', 'Это безусловно');
    const m = matchQuote(edited, linkTo(second));
    expect(m?.changed).toBe(false);
  });

  it('scores fall as the quote drifts from the link', () => {
    const drafts = [
      quoteTexts[1] as string,
      (quoteTexts[1] as string).replace('созвучны', 'близки'),
      (quoteTexts[1] as string).replace('созвучны', 'близки').replace('наших стран', 'двух государств'),
      (quoteTexts[1] as string)
        .replace('созвучны', 'близки')
        .replace('наших стран', 'двух государств')
        .replace('важный показатель', 'яркое свидетельство'),
    ];
    const scores = drafts.map((draft) => {
      const text = article.replace(quoteTexts[1] as string, draft);
      return matchQuote(text, linkTo(second))?.score ?? 0;
    });
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1] as number);
    expect(scores.at(-1)).toBeGreaterThan(0.5);
  });

  it('scores fall as the context drifts', () => {
    const contexts = [
      '- сказал казахстанский лидер',
      '- сказал казахский лидер',
      '- заявил глава Казахстана',
    ];
    const scores = contexts.map((after) => {
      const text = article.replace(',- сказал казахстанский лидер', `,${after}`);
      return matchQuote(text, linkTo(second))?.score ?? 0;
    });
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1] as number);
  });

  it('prefers the exact words to an edited copy of them', () => {
    const copy = (quoteTexts[2] as string).replace('большие', 'некоторые');
    const text = `${article}\n\n"${copy}", — повторил он.`;
    const m = matchQuote(text, linkTo(third));
    expect(m?.start).toBe(third.start);
    expect(m?.changed).toBe(false);
  });

  it.each([0, 1, 2])('says not found when quote %i was deleted, rather than mark other text', (i) => {
    const paragraph = article.split('\n\n').find((p) => p.includes(quoteTexts[i] as string)) as string;
    const without = article.replace(`\n\n${paragraph}`, '');
    const quote = quotes[i] as typeof first;
    expect(matchQuote(without, linkTo(quote), quotesIn(without))).toBeNull();
  });

  it('tells repeated words apart by their context', () => {
    const word = 'ШОС';
    const second = article.indexOf('ШОС является');
    const link = createLinkSelector(article, { start: second, end: second + word.length }, null);
    expect(matchQuote(article, link)?.start).toBe(second);
    const moved = `Вступление.\n\n${article}`;
    expect(matchQuote(moved, link)?.start).toBe(moved.indexOf('ШОС является'));
  });

  it('uses the position hint only to break ties', () => {
    const text = 'да, да, да';
    const at = (start: number) =>
      matchQuote(text, {
        ...createLinkSelector(text, { start, end: start + 2 }, null),
        prefix: '',
        suffix: '',
      });
    expect(at(4)?.start).toBe(4);
    expect(at(8)?.start).toBe(8);
  });

  it('picks the right repeat of a quote said twice', () => {
    const twice = ['Да', 'Да'];
    const text = 'Он сказал: "Да". Потом снова: "Да".';
    const ids = quoteIds(twice);
    const spans = [text.indexOf('Да'), text.lastIndexOf('Да')].map((start, i) => ({
      id: ids[i] as string,
      start,
      end: start + 2,
    }));
    const link = createLinkSelector(text, spans[1] as (typeof spans)[0], ids[1] as string);
    // An earlier, third "Да" now takes id "-2"; the link's context still finds its own.
    const edited = `"Да", — начал он. ${text}`;
    const editedIds = quoteIds(['Да', 'Да', 'Да']);
    const editedSpans = [0, 1, 2].map((i) => {
      let at = -1;
      for (let k = 0; k <= i; k++) at = edited.indexOf('Да', at + 1);
      return { id: editedIds[i] as string, start: at, end: at + 2 };
    });
    expect(matchQuote(edited, link, editedSpans)?.start).toBe(edited.lastIndexOf('Да'));
  });

  it('re-finds a long quote from its head and tail and notices an edit in its middle', () => {
    const long = `${'Мы едины в вопросах противодействия новым вызовам и угрозам. '.repeat(4)}${quoteTexts[0]} ${quoteTexts[1]}`;
    const text = `Он сказал: "${long}". Конец.`;
    const start = text.indexOf(long);
    const link = createLinkSelector(text, { start, end: start + long.length }, null);
    expect(link.tail).not.toBe('');
    const same = matchQuote(text, link);
    expect(same).toMatchObject({ start, end: start + long.length, changed: false });
    const edited = text.replace('колоссальным', 'огромным');
    const m = matchQuote(edited, link);
    expect(m).toMatchObject({ start, changed: true });
    expect(m?.end).toBe(start + long.length - 'колоссальным'.length + 'огромным'.length);
  });

  it('gives null for an empty text', () => {
    expect(matchQuote('', linkTo(first))).toBeNull();
  });
});

test.prop([fc.nat(article.length - 1), fc.integer({ min: 12, max: 300 })])(
  'any selected fragment of the unchanged article is found where it was',
  (start, length) => {
    const end = Math.min(article.length, start + length);
    fc.pre(article.slice(start, end).trim().length > 0);
    const m = matchQuote(article, createLinkSelector(article, { start, end }, null));
    expect(m).toMatchObject({ start, end, changed: false });
  },
);
