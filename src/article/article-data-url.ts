/**
 * Where the build publishes the article's data; the prerendered page preloads it and the
 * app fetches it to hydrate. Its own module, without dependencies, for the build script.
 */
export const articleDataUrl = '/data/article.json';
