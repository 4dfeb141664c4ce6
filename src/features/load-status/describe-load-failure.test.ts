import { describe, expect, it } from 'vitest';
import type { ArticleLoadFailure } from '../../article/article-load-error.ts';
import { describeLoadFailure } from './describe-load-failure.ts';

const failures: ArticleLoadFailure[] = [
  'not-found',
  'server',
  'not-json',
  'truncated',
  'wrong-shape',
  'timeout',
  'offline',
  'network',
];

describe('describeLoadFailure', () => {
  it('tells each failure apart, in Russian', () => {
    const titles = failures.map((f) => describeLoadFailure(f).title);
    expect(new Set(titles).size).toBe(failures.length);
    for (const { title, detail } of failures.map(describeLoadFailure)) {
      expect(title).toMatch(/^[А-ЯЁ][а-яё ]+/);
      expect(detail).toMatch(/[а-яё]/);
    }
  });

  it('says the offline reader will get the article when the connection returns', () => {
    expect(describeLoadFailure('offline')).toEqual({
      title: 'Нет подключения к интернету',
      detail: expect.stringContaining('когда связь вернётся'),
    });
  });

  it('still says something useful about an error it cannot classify', () => {
    expect(describeLoadFailure(null).title).toBe('Не удалось загрузить статью');
  });
});
