import { describe, expect, it } from 'vitest';
import { quoteId } from '../../src/analysis/anchoring/quote-id.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { quotePreviewPages } from './quote-preview-pages.ts';

const title = 'Президент РК назвал ШОС гарантом обеспечения региональной безопасности';
const said = 'Мы едины в вопросах противодействия новым вызовам и угрозам';
const hostile = 'Это "<script>alert(1)</script>" & \'всё\'';
const text = `${title}\n\n"${said}", — сказал Токаев.\n\n"${hostile}", — добавил он, сообщает Zakon.kz`;
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

const analysis: Analysis = {
  text,
  paragraphs: [{ kind: 'title', start: 0, end: title.length }],
  quotes: [
    { id: quoteId(said), ...at(said), kind: 'direct', speaker: 'PER-tokaev', speakerMention: at('Токаев') },
    { id: quoteId(hostile), ...at(hostile), kind: 'direct', speaker: null, speakerMention: null },
  ],
  quoted: [],
  entities: [
    {
      id: 'PER-tokaev',
      name: 'Касым-Жомарт Токаев',
      type: 'PER',
      mentions: [{ ...at('Токаев'), kind: 'name' }],
    },
    { id: 'MEDIA-zakon', name: 'Zakon.kz', type: 'MEDIA', mentions: [{ ...at('Zakon.kz'), kind: 'name' }] },
  ],
  source: 'MEDIA-zakon',
};
const page =
  '<!doctype html><html lang="ru"><head><meta charset="UTF-8"><title>Читалка</title></head><body><article lang="ru">…</article></body></html>';

describe('quotePreviewPages', () => {
  const [first, second] = quotePreviewPages(page, { analysis, facts: {} }, 'https://chitalka.example/');

  it('writes one page per quote at q/<id>/index.html', () => {
    expect(first?.file).toBe(`q/${quoteId(said)}/index.html`);
    expect(second?.file).toBe(`q/${quoteId(hostile)}/index.html`);
  });

  it('names the speaker and the words in og and twitter meta', () => {
    const html = first?.html ?? '';
    expect(html).toContain(`<meta property="og:title" content="Касым-Жомарт Токаев: «${said}»">`);
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toMatch(
      /<meta property="og:description" content="«Мы едины[^"]*» — Касым-Жомарт Токаев — Президент РК[^"]* — Zakon\.kz">/,
    );
    expect(html).toContain(`<meta property="og:url" content="https://chitalka.example/q/${quoteId(said)}/">`);
    expect(html).toContain('<article lang="ru">…</article>');
  });

  it('escapes the words, so a quote cannot become markup', () => {
    const html = second?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html.match(/<meta [a-z]+="[^"]*" content="[^"]*">/g)?.length).toBe(10);
  });

  it('leaves og:url out when the site address is unknown', () => {
    expect(quotePreviewPages(page, { analysis, facts: {} })[0]?.html).not.toContain('og:url');
  });
});
