/**
 * Brings input to the form every offset refers to: no BOM, LF line ends, NFC.
 * Text that is already so is returned unchanged (the contract promises that).
 */
export function normalizeText(input: string): string {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}
