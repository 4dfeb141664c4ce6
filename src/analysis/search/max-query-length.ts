/** Queries longer than this many characters are cut: no reader types more, and the cost stays bounded. */
export const maxQueryLength = 200;
