import { beforeAll, describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import { segmentBlocks } from '../text/segment-blocks.ts';
import { findQuotes } from './find-quotes.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
});

/** Each quote as `kind: words ← speaker words`, each non-speech span as `kind: words`. */
function read(text: string): string[] {
  const { quotes, quoted } = findQuotes(text, segmentBlocks(text), morph);
  return [
    ...quotes.map((q) => ({
      at: q.start,
      line: `${q.kind}: ${text.slice(q.start, q.end)} ← ${q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : '∅'}`,
    })),
    ...quoted.map((q) => ({ at: q.start, line: `${q.kind}: ${text.slice(q.start, q.end)}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.line);
}

describe('findQuotes: direct speech', () => {
  it('finds the attribution after the quote, in every dash and comma convention', () => {
    expect(read('«Мы готовы к диалогу», — сказал министр Лавров.')).toEqual([
      'direct: Мы готовы к диалогу ← Лавров',
    ]);
    expect(read('"Позиции наших стран созвучны",- сказал казахстанский лидер.')).toEqual([
      'direct: Позиции наших стран созвучны ← казахстанский лидер',
    ]);
    expect(read('«Решение принято окончательно» – заключил Президент Токаев.')).toEqual([
      'direct: Решение принято окончательно ← Токаев',
    ]);
    expect(read('«Нет», — добавила она.')).toEqual(['direct: Нет ← она']);
  });

  it('finds the speaker after a prepositional phrase', () => {
    expect(
      read('«Это важный шаг», – сказал в беседе с корреспондентом «Голоса Америки» политолог Иван Петров.'),
    ).toEqual(['direct: Это важный шаг ← Иван Петров', 'title: Голоса Америки']);
  });

  it('takes the subject right before the verb over a name earlier in the sentence', () => {
    expect(
      read(
        'На вопрос, готов ли Владимир Путин к встрече, представитель Кремля ответил: "Президент всегда открыт к диалогу".',
      ),
    ).toEqual(['direct: Президент всегда открыт к диалогу ← представитель Кремля']);
  });

  it('finds the attribution before a colon', () => {
    expect(read('Глава МИД Сергей Лавров заявил журналистам: «Мы не отступим от своих принципов».')).toEqual([
      'direct: Мы не отступим от своих принципов ← Сергей Лавров',
    ]);
    expect(read('Как пояснил глава ведомства: «Работа продолжается».')).toEqual([
      'direct: Работа продолжается ← глава ведомства',
    ]);
  });

  it('splits a quote interrupted by its attribution', () => {
    expect(read('«Мне кажется, — продолжил Брод, — что всё уже сказано».')).toEqual([
      'direct: Мне кажется ← Брод',
      'direct: что всё уже сказано ← Брод',
    ]);
  });

  it('takes a quote standing on its own as speech with no speaker words (the previous speaker goes on)', () => {
    expect(read('«Мы рассматриваем все возможности. Решение будет принято осенью».')).toEqual([
      'direct: Мы рассматриваем все возможности. Решение будет принято осенью ← ∅',
    ]);
  });

  it('continues a quote across a paragraph break', () => {
    expect(read('«Первая часть заявления очень длинная.\n\n«Вторая часть тоже», — сказал Петров.')).toEqual([
      'direct: Первая часть заявления очень длинная. ← Петров',
      'direct: Вторая часть тоже ← Петров',
    ]);
    expect(read('«Первая часть заявления очень длинная.\n\nВторая часть тоже», — сказал Петров.')).toEqual([
      'direct: Первая часть заявления очень длинная. ← Петров',
      'direct: Вторая часть тоже ← Петров',
    ]);
  });
});

describe('findQuotes: partial and nested quotes', () => {
  it('reads a long quoted fragment inside reported speech as partial', () => {
    expect(
      read('По словам министра, страна будет «упорно добиваться возвращения своих территорий».'),
    ).toEqual(['partial: упорно добиваться возвращения своих территорий ← министра']);
  });

  it('reads "по её словам" as reported speech, the pronoun its speaker', () => {
    expect(read('По её словам, дата встречи «будет определена по дипломатическим каналам».')).toEqual([
      'partial: будет определена по дипломатическим каналам ← её',
    ]);
  });

  it('credits a fragment after a naming verb to whoever names, not to an organisation', () => {
    expect(
      read('Депутат Госдумы Ярослав Нилов назвал заявление министра «долгожданным сигналом для бизнеса».'),
    ).toEqual(['partial: долгожданным сигналом для бизнеса ← Ярослав Нилов']);
  });

  it('reads a quoted sentence inside speech after a colon as nested, short words as a term', () => {
    expect(
      read('«Люди говорят: “Нам надоело терпеть это”, и мы верны «шанхайскому духу»», — сказал Белов.'),
    ).toEqual([
      'direct: Люди говорят: “Нам надоело терпеть это”, и мы верны «шанхайскому духу» ← Белов',
      'nested: Нам надоело терпеть это ← Люди',
      'term: шанхайскому духу',
    ]);
  });
});

describe('findQuotes: quoted spans that are not speech', () => {
  it('tells titles, names and terms from speech', () => {
    expect(read('Как отметил президент в интервью "Известиям", коридор "Север-Юг" важен.')).toEqual([
      'title: Известиям',
      'name: Север-Юг',
    ]);
    expect(read('По его словам, важно укреплять основы "шанхайского духа" и доверие.')).toEqual([
      'term: шанхайского духа',
    ]);
    expect(read('Об этом пишет газета «Коммерсантъ». Корабль «Союз ТМА-12» приземлился.')).toEqual([
      'title: Коммерсантъ',
      'name: Союз ТМА-12',
    ]);
    expect(read('Это так называемый «налог на роскошь», о котором говорят все.')).toEqual([
      'term: налог на роскошь',
    ]);
  });
});
