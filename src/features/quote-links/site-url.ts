/** The site's root as an absolute URL ending in `/`, for links to share (client only). */
export function siteUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
