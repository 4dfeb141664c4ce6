import { extractEntities } from './entities/extract-entities.ts';
import type { MorphAnalyzer } from './morphology/morph-analyzer.ts';
import { findQuotes } from './quotes/find-quotes.ts';
import { attributeSpeakers } from './speakers/attribute-speakers.ts';
import { normalizeText } from './text/normalize-text.ts';
import { segmentBlocks } from './text/segment-blocks.ts';
import type { Analysis } from './types.ts';

/**
 * The whole pipeline, in order: text → blocks → tokens → quotes → entities → speakers.
 * Each stage is an exported function with its own tests, and returns new plain data.
 */
export function analyzeArticle(input: string, morph: MorphAnalyzer): Analysis {
  const text = normalizeText(input);
  const paragraphs = segmentBlocks(text);
  const { entities, source } = extractEntities(text, paragraphs, morph);
  const found = findQuotes(text, paragraphs, morph);
  const speakers = attributeSpeakers(text, found.quotes, entities, morph);
  return {
    text,
    paragraphs,
    quotes: speakers.quotes,
    quoted: found.quoted,
    entities: speakers.entities,
    source,
  };
}
