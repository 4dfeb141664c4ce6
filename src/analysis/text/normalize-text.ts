/**
 * Brings input to the form every offset refers to: no BOM, LF line ends, NFC.
 * Text that is already so is returned unchanged (the contract promises that).
 * Every leading U+FEFF goes, not just one: otherwise the normalised text could start
 * with one, and analysing it again would shift every offset.
 */
export function normalizeText(input: string): string {
  let bom = 0;
  while (input.charCodeAt(bom) === 0xfeff) bom++;
  let text = input.slice(bom);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}
