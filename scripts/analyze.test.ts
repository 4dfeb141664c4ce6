import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function analyze(...files: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts/analyze.ts'), ...files],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const lines = result.stdout.split('\n').filter(Boolean);
  return {
    status: result.status,
    stderr: result.stderr,
    objects: lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('npm run analyze', () => {
  it('prints one JSON line per file in argument order, and reports bad files at the end with status 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chitalka-analyze-'));
    const speech = path.join(dir, 'speech.txt');
    const crlf = path.join(dir, 'crlf.txt');
    const latin1 = path.join(dir, 'latin1.txt');
    writeFileSync(speech, 'Заголовок\n\n«Мы едины в этих вопросах», — сказал Касым-Жомарт Токаев.\n');
    writeFileSync(crlf, '\uFEFFЗаголовок\r\n\r\n«Нет», — сказала она.\r\n');
    writeFileSync(latin1, Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0xff]));
    const missing = path.join(dir, 'missing.txt');

    const { status, stderr, objects } = analyze(speech, missing, latin1, crlf);

    expect(status).toBe(1);
    expect(stderr).toContain(missing);
    expect(stderr).toContain(`${latin1}: not valid UTF-8`);
    expect(objects.map((o) => o.file)).toEqual([speech, crlf]);
    const [first, second] = objects as [Record<string, unknown>, Record<string, unknown>];
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['file', 'text', 'paragraphs', 'quotes', 'entities', 'quoted']),
    );
    const quotes = first.quotes as {
      id: string;
      start: number;
      end: number;
      kind: string;
      speaker: string;
    }[];
    const entities = first.entities as { id: string; name: string }[];
    const text = first.text as string;
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.kind])).toEqual([
      ['Мы едины в этих вопросах', 'direct'],
    ]);
    expect(entities.find((e) => e.id === quotes[0]?.speaker)?.name).toBe('Касым-Жомарт Токаев');
    expect(second.text).toBe('Заголовок\n\n«Нет», — сказала она.\n');
  }, 30_000);

  it('keeps the text of a normalised file exactly', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chitalka-analyze-'));
    const file = path.join(dir, 'plain.txt');
    const text = 'Президент РК назвал ШОС гарантом\n\nЗаявил, что "Север-Юг" важен.\n';
    writeFileSync(file, text);
    const { status, objects } = analyze(file);
    expect(status).toBe(0);
    expect(objects[0]?.text).toBe(text);
    expect(objects[0]?.quotes).toEqual([]);
  }, 30_000);
});
