/**
 * The page's one inline script, in `<head>`: puts the saved theme and size on `<html>`
 * before the prerendered article is first drawn. Without it a returning reader who chose
 * the dark theme saw the light page, and a larger size reflowed it, until the app had
 * downloaded (seconds on a slow link). scripts/lib/pre-paint-script.ts bundles this file
 * into the page at build time; the app applies the same preferences again as it starts.
 */
import { applyPreferences, readSavedPreferences } from './saved-preferences.ts';

applyPreferences(readSavedPreferences());
