/**
 * The search engine as one module, loaded on the first query (not with the page):
 * index building, matching, suggestions, entity naming and the results' context lines.
 * Keeping it out of the initial bundle keeps the reader within its 100 KB budget.
 */
export { buildSearchIndex } from '../../analysis/search/build-search-index.ts';
export { entitiesNamedBy } from '../../analysis/search/entities-named-by.ts';
export { emptyLexicon, readLexicon } from '../../analysis/search/lexicon.ts';
export { searchMentions } from '../../analysis/search/search-mentions.ts';
export { suggestWords } from '../../analysis/search/suggest-words.ts';
export { hitContexts } from './hit-contexts.ts';
