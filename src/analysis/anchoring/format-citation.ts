/** What a citation names: the words, who said them, where they were published, and the link. */
export interface CitationSource {
  quote: string;
  /** The speaker's name, or null when the text does not say. */
  speaker: string | null;
  /** The outlet's name ("Zakon.kz"), or null when unknown. */
  outlet: string | null;
  url: string;
}

/** A quote as a citation in plain text and in Markdown: «quote» — Speaker, Outlet, URL. */
export function formatCitation(source: CitationSource): { text: string; markdown: string } {
  // Russian typography: quotes inside «…» become „…“.
  const quote = source.quote.replace(/\s+/gu, ' ').trim().replace(/«/g, '„').replace(/»/g, '“');
  const credit = [source.speaker, source.outlet].filter((part): part is string => !!part?.trim());
  const text = `«${quote}» — ${[...credit, source.url].join(', ')}`;
  const creditMd = credit.map(escapeMarkdown);
  const link = `[${escapeMarkdown(source.outlet?.trim() || 'Источник')}](${escapeUrl(source.url)})`;
  const attribution = source.outlet?.trim() ? [...creditMd.slice(0, -1), link] : [...creditMd, link];
  const markdown = `> «${escapeMarkdown(quote)}»\n>\n> — ${attribution.join(', ')}`;
  return { text, markdown };
}

/** Backslash-escapes the characters Markdown reads as inline syntax (none of our lines starts with text). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}

/** A URL safe inside Markdown's `(…)`: spaces, parentheses and angle brackets percent-encoded. */
function escapeUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
