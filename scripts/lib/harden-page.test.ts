import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readerPolicy, serializePolicy, sha256Source } from './content-security-policy.ts';
import { hardenPage } from './harden-page.ts';

const css = 'body{margin:0;font-family:ui-serif,Georgia,serif}';
const page = (body: string, head = `<style>${css}</style>`) =>
  `<!doctype html><html lang="ru"><head><meta charset="UTF-8" /><title>Читалка</title>` +
  `<script type="module" crossorigin src="/assets/index-abc.js"></script>${head}</head>` +
  `<body><div id="root">${body}</div></body></html>`;
const metaPolicy = (html: string) =>
  /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('hardenPage', () => {
  it('allows exactly the inline style by hash', () => {
    const { html, hashes } = hardenPage(page('<h1>Президент РК</h1>'));
    const digest = createHash('sha256').update(css).digest('base64');
    expect(hashes.styles).toEqual([`'sha256-${digest}'`]);
    expect(metaPolicy(html)).toContain(`style-src 'self' 'sha256-${digest}'`);
  });

  it('fetches the app at low priority: the prerendered page must paint first', () => {
    const { html } = hardenPage(page('<p>текст</p>'));
    expect(html).toContain(
      '<script fetchpriority="low" type="module" crossorigin src="/assets/index-abc.js">',
    );
    expect(hardenPage(html).html.match(/fetchpriority/g)).toHaveLength(1);
  });

  it('moves the app module from <head> to the end of <body>, after the article', () => {
    const { html } = hardenPage(page('<article><p>текст</p></article>'));
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('<script');
    expect(html).toMatch(/<\/article><\/div><script fetchpriority="low"[^>]*><\/script><\/body>/);
  });

  it('puts the policy right after the charset, without what meta cannot carry', () => {
    const { html, hashes } = hardenPage(page('<p>текст</p>'));
    expect(html).toMatch(/<meta charset="UTF-8" \/><meta http-equiv="Content-Security-Policy"/);
    expect(metaPolicy(html)).toBe(serializePolicy(readerPolicy(hashes), { forMeta: true }));
    expect(metaPolicy(html)).not.toContain('frame-ancestors');
    expect(serializePolicy(readerPolicy(hashes))).toContain("frame-ancestors 'none'");
    expect(metaPolicy(html)).not.toContain('unsafe-inline');
  });

  it('leaves the JSON state alone and hashes an executable inline script', () => {
    const json = '<script type="application/json" id="chitalka-data">{"a":"\\u003cb\\u003e"}</script>';
    const theme = "document.documentElement.dataset.theme=localStorage.getItem('theme')";
    const { html, hashes } = hardenPage(page(json, `<script>${theme}</script>`));
    expect(hashes.scripts).toEqual([sha256Source(theme)]);
    expect(metaPolicy(html)).toContain(`script-src 'self' ${sha256Source(theme)}`);
  });

  it("allows a prerendered style attribute by hash only, with 'unsafe-hashes'", () => {
    const { html } = hardenPage(page('<div style="width:42%;font-family:&quot;PT Serif&quot;"></div>'));
    expect(metaPolicy(html)).toContain(`'unsafe-hashes' ${sha256Source('width:42%;font-family:"PT Serif"')}`);
  });

  it('refuses inline event handlers and javascript: URLs', () => {
    expect(() => hardenPage(page('<img src="x" onerror="alert(1)">'))).toThrow(/onerror/);
    expect(() => hardenPage(page('<a href=" javascript:alert(1)">x</a>'))).toThrow(/javascript:/);
  });

  it('does not mistake text or attribute values that look like handlers for handlers', () => {
    const text = '<p title="не onclick=alert(1)">&lt;img src=x onerror=alert(1)&gt;</p>';
    expect(() => hardenPage(page(text))).not.toThrow();
  });

  /** Text as React escapes it: Cyrillic, quote marks, markup characters, controls and astral letters. */
  const hostileText = fc
    .array(
      fc.constantFrom(
        ...'Токаев «ШОС» — "Известиям" <img src=x onerror=alert(1)> & \u202e\u200b\t\n𝔸'.split(''),
      ),
    )
    .map((chars) =>
      chars
        .join('')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'),
    );

  test.prop([hostileText, hostileText])('escaped text never changes the policy', (body, title) => {
    const plain = hardenPage(page('<p>статья</p>'));
    const hostile = hardenPage(page(`<p title="${title}">${body}</p>`));
    expect(metaPolicy(hostile.html)).toBe(metaPolicy(plain.html));
  });
});
