import * as v from 'valibot';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = { start: offset, end: offset };
const id = v.pipe(v.string(), v.minLength(1));
// Open-ended where the contract allows more values later ("more types allowed").
const spanOrNull = v.nullable(v.looseObject(span));

const analysisSchema = v.looseObject({
  text: v.string(),
  paragraphs: v.array(v.looseObject({ ...span, kind: v.picklist(['title', 'lead', 'paragraph', 'rubric']) })),
  quotes: v.array(
    v.looseObject({
      ...span,
      id,
      kind: v.picklist(['direct', 'partial', 'nested']),
      speaker: v.nullable(id),
      speakerMention: spanOrNull,
    }),
  ),
  quoted: v.array(v.looseObject({ ...span, kind: v.picklist(['title', 'name', 'term']) })),
  entities: v.array(
    v.looseObject({
      id,
      name: v.string(),
      type: v.picklist(['PER', 'ORG', 'LOC', 'MEDIA', 'EVENT', 'DATE']),
      mentions: v.array(
        v.looseObject({
          ...span,
          kind: v.picklist(['name', 'abbrev', 'description', 'pronoun', 'adjective']),
        }),
      ),
    }),
  ),
  source: v.nullable(id),
});

/** Every span of an analysis, wherever it sits. */
function spansOf(analysis: v.InferOutput<typeof analysisSchema>): { start: number; end: number }[] {
  return [
    ...analysis.paragraphs,
    ...analysis.quotes,
    ...analysis.quotes.flatMap((q) => (q.speakerMention ? [q.speakerMention] : [])),
    ...analysis.quoted,
    ...analysis.entities.flatMap((e) => e.mentions),
  ];
}

/**
 * What the reader accepts as article data: the `ArticleData` shape, and every span a
 * non-empty range inside the text, so rendering never slices outside it.
 */
export const articleDataSchema = v.looseObject({
  analysis: v.pipe(
    analysisSchema,
    v.check(
      (analysis) => spansOf(analysis).every((s) => s.start < s.end && s.end <= analysis.text.length),
      'a span lies outside the text',
    ),
  ),
  facts: v.record(v.string(), v.looseObject({ description: v.string() })),
});

/** The first problem with data of the wrong shape, in a short readable form, or null. */
export function articleDataProblem(value: unknown): string | null {
  const result = v.safeParse(articleDataSchema, value, { abortEarly: true });
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}
