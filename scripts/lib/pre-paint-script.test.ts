import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPrePaintScript, withPrePaintScript } from './pre-paint-script.ts';

let code = '';
beforeAll(async () => {
  code = await buildPrePaintScript();
}, 30_000);

/** Runs the built script against a stand-in `<html>` and storage; what it put on `<html>`. */
function run(getItem: () => string | null, dataset: Record<string, string> = {}): Record<string, string> {
  runInNewContext(code, {
    window: { localStorage: { getItem } },
    document: { documentElement: { dataset } },
  });
  return dataset;
}

/** Whether the built script touched `document` at all, given what storage holds. */
function touchesDocument(getItem: () => string | null): boolean {
  let touched = false;
  const document = new Proxy(
    {},
    {
      get() {
        touched = true;
        return { dataset: {} };
      },
    },
  );
  runInNewContext(code, { window: { localStorage: { getItem } }, document });
  return touched;
}

describe('the pre-paint script', () => {
  it('puts the saved theme and size on <html>', () => {
    expect(run(() => '{"theme":"dark","fontStep":2}')).toEqual({ theme: 'dark', fontStep: '2' });
    expect(run(() => '{"theme":"sepia","fontStep":-1}')).toEqual({ theme: 'sepia', fontStep: '-1' });
  });

  it('leaves <html> alone when nothing differs from the defaults (system theme, default size)', () => {
    expect(run(() => '{"theme":"system","fontStep":0}')).toEqual({});
    expect(run(() => null)).toEqual({});
    // Not even a read: the first touch of an element costs a fresh page milliseconds.
    expect(touchesDocument(() => null)).toBe(false);
    expect(touchesDocument(() => '{"theme":"system","fontStep":0}')).toBe(false);
    expect(touchesDocument(() => 'не json')).toBe(false);
    expect(touchesDocument(() => '{"theme":"dark","fontStep":0}')).toBe(true);
  });

  it('reads untrusted storage as the settings would: unknown themes dropped, sizes clamped', () => {
    expect(run(() => '{"theme":"<img src=x onerror=alert(1)>","fontStep":99}')).toEqual({ fontStep: '3' });
    expect(run(() => 'не json')).toEqual({});
  });

  it('never throws when storage is disabled', () => {
    expect(
      run(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toEqual({});
  });

  it('is one small classic script that can sit inside <script>', () => {
    expect(code.length).toBeLessThan(1500);
    expect(code).not.toMatch(/<\/script|\bimport\b|\bexport\b/i);
  });
});

describe('withPrePaintScript', () => {
  it('puts the script last in <head>, before anything in <body> is drawn', () => {
    const page = '<html><head><title>t</title></head><body><p>текст</p></body></html>';
    expect(withPrePaintScript(page, 'x()')).toBe(
      '<html><head><title>t</title><script data-pre-paint>x()</script></head><body><p>текст</p></body></html>',
    );
  });

  it('refuses a page without a <head> end', () => {
    expect(() => withPrePaintScript('<p>текст</p>', 'x()')).toThrow(/<\/head>/);
  });
});
