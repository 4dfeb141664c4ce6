import { describe, expect, it } from 'vitest';
import { formatCitation } from './format-citation.ts';

const source = {
  quote:
    'Убежден, наша приверженность «шанхайскому духу» и взаимная поддержка будут и далее способствовать сплочению',
  speaker: 'Касым-Жомарт Токаев',
  outlet: 'Zakon.kz',
  url: 'https://example.org/q/abc1234/#quote-abc1234',
};

describe('formatCitation', () => {
  it('gives «quote» — Speaker, Outlet, URL, with nested quotes as „…“', () => {
    expect(formatCitation(source).text).toBe(
      '«Убежден, наша приверженность „шанхайскому духу“ и взаимная поддержка будут и далее способствовать сплочению» — Касым-Жомарт Токаев, Zakon.kz, https://example.org/q/abc1234/#quote-abc1234',
    );
  });

  it('gives a Markdown block quote with the outlet as the link', () => {
    expect(formatCitation(source).markdown).toBe(
      '> «Убежден, наша приверженность „шанхайскому духу“ и взаимная поддержка будут и далее способствовать сплочению»\n>\n> — Касым-Жомарт Токаев, [Zakon.kz](https://example.org/q/abc1234/#quote-abc1234)',
    );
  });

  it('leaves out an unknown speaker or outlet', () => {
    const c = formatCitation({ ...source, speaker: null, outlet: null, quote: 'Да' });
    expect(c.text).toBe('«Да» — https://example.org/q/abc1234/#quote-abc1234');
    expect(c.markdown).toBe('> «Да»\n>\n> — [Источник](https://example.org/q/abc1234/#quote-abc1234)');
  });

  it('escapes Markdown syntax in the words and the URL', () => {
    const c = formatCitation({
      ...source,
      quote: '*важно* [см. ](javascript:x)',
      url: 'https://e.org/a (b)',
    });
    expect(c.markdown).toContain('«\\*важно\\* \\[см. \\](javascript:x)»');
    expect(c.markdown).toContain('(https://e.org/a%20%28b%29)');
  });
});
