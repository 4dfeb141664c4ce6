import type { MorphAnalyzer } from './morphology/morph-analyzer.ts';
import { normalizeText } from './text/normalize-text.ts';
import { segmentBlocks } from './text/segment-blocks.ts';
import type { Analysis } from './types.ts';

/**
 * The whole pipeline, in order: text → blocks → tokens → quotes → entities → speakers.
 * Each stage is an exported function with its own tests, and returns new plain data.
 */
export function analyzeArticle(input: string, _morph: MorphAnalyzer): Analysis {
  const text = normalizeText(input);
  const paragraphs = segmentBlocks(text);
  return { text, paragraphs, quotes: [], quoted: [], entities: [], source: null };
}
