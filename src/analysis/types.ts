/**
 * Plain, JSON-safe data produced by the analysis. One coordinate system everywhere:
 * a span is a half-open `[start, end)` range of UTF-16 code units (JavaScript string
 * indices) into `Analysis.text`.
 */
export interface Span {
  start: number;
  end: number;
}

/** The role of a block of text in a news article. */
export type BlockKind = 'title' | 'lead' | 'paragraph' | 'rubric';

/** A block (title, lead, paragraph or rubric): a span that never contains a blank line. */
export interface Block extends Span {
  kind: BlockKind;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MEDIA' | 'EVENT' | 'DATE';

/** How a mention refers to its entity: by name, abbreviation, description, pronoun or adjective. */
export type MentionKind = 'name' | 'abbrev' | 'description' | 'pronoun' | 'adjective';

export interface Mention extends Span {
  kind: MentionKind;
}

/** Something the text talks about, with every mention of it grouped. */
export interface Entity {
  /** Stable and URL-safe: derived from the type and canonical name. */
  id: string;
  /** Canonical name in the nominative case ("Касым-Жомарт Токаев"). */
  name: string;
  type: EntityType;
  /** In text order. */
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'partial' | 'nested';

/** Reported speech: the quoted words, without the quote marks. */
export interface Quote extends Span {
  /** Stable: derived from the quote's content and occurrence, not its position. */
  id: string;
  kind: QuoteKind;
  /** An `Entity.id`, or null when the text does not say who spoke. */
  speaker: string | null;
  /** The words that name the speaker for this quote (a name, description or pronoun). */
  speakerMention: Span | null;
}

/** Why a quoted span is not speech. */
export type QuotedKind = 'title' | 'name' | 'term';

/** A span in quote marks that is not speech: a title, a name or a term. */
export interface Quoted extends Span {
  kind: QuotedKind;
}

/** Everything the reader needs to know about one text. */
export interface Analysis {
  /** The analysed text (normalised: no BOM, LF line ends, NFC); all spans index into it. */
  text: string;
  /** Title, lead, body paragraphs and rubric, in order. */
  paragraphs: Block[];
  quotes: Quote[];
  quoted: Quoted[];
  entities: Entity[];
  /** The outlet the text credits as its source ("сообщает Zakon.kz"): an `Entity.id`, or null. */
  source: string | null;
}
