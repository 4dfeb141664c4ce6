import { useCallback, useEffect, useState } from 'react';
import { canShare, copyText, shareNatively } from './copy-text.ts';

/** What a share panel shows and can do: a status line, a copy-by-hand fallback, the system sheet. */
export interface ShareActions {
  /** The polite confirmation or failure message. */
  status: string;
  /** Text the reader must copy by hand because the clipboard refused; null otherwise. */
  manual: string | null;
  /** The device has a system share sheet (known only after hydration). */
  native: boolean;
  /** Copies `value`; says `done`, or `failed` and offers the text to copy by hand. */
  copy(value: string, done: string, failed: string): Promise<void>;
  /** Opens the system share sheet and confirms when the reader shared. */
  share(data: ShareData): Promise<void>;
  /** Hides the copy-by-hand box. */
  dismissManual(): void;
  /** Clears the status and the copy-by-hand box (the panel closed or moved). */
  reset(): void;
}

/** The state and actions shared by the quote share menu and the selection link. */
export function useShareActions(): ShareActions {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const [native, setNative] = useState(false);

  useEffect(() => setNative(canShare()), []);

  const copy = useCallback(async (value: string, done: string, failed: string) => {
    setManual(null);
    if (await copyText(value)) setStatus(done);
    else {
      setStatus(failed);
      setManual(value);
    }
  }, []);
  const share = useCallback(async (data: ShareData) => {
    if (await shareNatively(data)) setStatus('Готово.');
  }, []);
  const dismissManual = useCallback(() => setManual(null), []);
  const reset = useCallback(() => {
    setStatus('');
    setManual(null);
  }, []);

  return { status, manual, native, copy, share, dismissManual, reset };
}
