import { useRef, useState } from 'react';

export type CopyOutcome = 'copied' | 'copyFailed';

/**
 * Copy a text shown in a read-only text area. The clipboard API needs a secure context and
 * permission; where it fails, the text is focused and selected so Ctrl+C copies it. `outcome` says
 * which happened, for the screen's status line.
 */
export function useCopyText(text: string) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      area.current?.focus();
      area.current?.select();
      setOutcome('copyFailed');
    }
  }

  return { area, outcome, copy };
}
