/**
 * The text to copy by hand when the clipboard refused it: selected on focus, read-only.
 * Nothing while `value` is null (the clipboard worked, or nothing was copied yet).
 */
export function ManualCopy({ value, label }: { value: string | null; label: string }) {
  if (value === null) return null;
  return (
    <textarea
      className="quote-share-manual"
      readOnly
      value={value}
      aria-label={label}
      onFocus={(event) => event.currentTarget.select()}
    />
  );
}
