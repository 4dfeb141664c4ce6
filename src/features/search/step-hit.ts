/** The hit after (`step` 1) or before (-1) the current one, wrapping around; 0 when none is current. */
export function stepHit(current: number | null, count: number, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return step === 1 ? 0 : count - 1;
  return (((current + step) % count) + count) % count;
}
