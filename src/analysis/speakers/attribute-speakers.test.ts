import { beforeAll, describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import { segmentBlocks } from '../text/segment-blocks.ts';
import type { Entity } from '../types.ts';
import { attributeSpeakers } from './attribute-speakers.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
});

/** Each quote's first words and its speaker's canonical name (or ∅). */
function speakers(text: string, entities: Entity[] = []): string[] {
  const { quotes } = findQuotes(text, segmentBlocks(text), morph);
  const result = attributeSpeakers(text, quotes, entities, morph);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.quotes.map(
    (q) => `${text.slice(q.start, q.end).split(' ')[0]} ← ${names.get(q.speaker ?? '') ?? '∅'}`,
  );
}

describe('attributeSpeakers', () => {
  it('names a person by the fullest form the text uses, in the nominative', () => {
    const text =
      'Президент РК Касым-Жомарт Токаев дал интервью.\n\n«Первое заявление сделано», — сказал Токаев.\n\n' +
      '«Второе заявление тоже», — сказал казахстанский лидер.';
    expect(speakers(text)).toEqual(['Первое ← Касым-Жомарт Токаев', 'Второе ← Касым-Жомарт Токаев']);
  });

  it('puts "по словам" speakers in the nominative', () => {
    expect(speakers('По словам Романа Коноплева, «Турция является стратегическим партнером».')).toEqual([
      'Турция ← Роман Коноплев',
    ]);
  });

  it('resolves a pronoun to the last person of its gender', () => {
    const text =
      '«Адвокат приедет завтра», — рассказала Алла Бут.\n\n«Мы пока не знаем деталей», — сказал Виктор Бут.\n\n' +
      '«Свидание продлится три часа», — добавила она.';
    expect(speakers(text)).toEqual(['Адвокат ← Алла Бут', 'Мы ← Виктор Бут', 'Свидание ← Алла Бут']);
  });

  it('lets a quote without attribution continue the previous speaker', () => {
    const text = '«Мы вернёмся на Луну», сказал Хоровитц.\n\n«Решение будет принято через год. Это важно».';
    expect(speakers(text)).toEqual(['Мы ← Хоровитц', 'Решение ← Хоровитц']);
  });

  it('gives a description the person just named as a subject in its paragraph, else the last speaker', () => {
    const withEntities = (text: string) =>
      speakers(text, extractEntities(text, segmentBlocks(text), morph).entities);
    const first = '«Мы готовы», — сказал Евгений Ефимов.\n\n';
    expect(
      withEntities(
        `${first}Вице-премьер Виталий Савельев сообщил, что программа продолжится. «Деньги выделены», — заверил чиновник.`,
      ),
    ).toEqual(['Мы ← Евгений Ефимов', 'Деньги ← Виталий Савельев']);
    expect(
      withEntities(
        `${first}Затем он встретился с Виталием Савельевым. «Деньги выделены», — заверил чиновник.`,
      ),
    ).toEqual(['Мы ← Евгений Ефимов', 'Деньги ← Евгений Ефимов']);
    // A person named in the paragraph who does not speak is not the one described.
    expect(
      withEntities(
        `${first}На вопрос, готов ли Владимир Путин к встрече, представитель компании ответил: «Мы открыты к диалогу».`,
      ),
    ).toEqual(['Мы ← Евгений Ефимов', 'Мы ← Евгений Ефимов']);
  });

  it('keeps anonymous sources anonymous', () => {
    expect(speakers('«Решение уже принято», — сообщил источник в правительстве.')).toEqual(['Решение ← ∅']);
  });

  it('uses the entity whose mention covers the speaker words, and adds the mention without mutating input', () => {
    const text = '«Мы едины в этих вопросах», — сказал казахстанский лидер.';
    const start = text.indexOf('казахстанский');
    const entity: Entity = {
      id: 'per-kasym-zhomart-tokaev',
      name: 'Касым-Жомарт Токаев',
      type: 'PER',
      mentions: [{ start, end: start + 'казахстанский лидер'.length, kind: 'description' }],
    };
    const frozen = structuredClone(entity);
    expect(speakers(text, [entity])).toEqual(['Мы ← Касым-Жомарт Токаев']);
    expect(entity).toEqual(frozen);
  });
});
