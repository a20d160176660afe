import { useCallback, useState } from 'react';

export interface DialogState<T> {
  /** What the dialog is about; kept after closing so it can close in place. */
  subject: T | undefined;
  open: boolean;
  /** Changes on every opening: the dialog's key, so it starts fresh each time. */
  key: number;
  show(subject: T): void;
  close(): void;
}

/**
 * A dialog that stays mounted and is closed through `open` (unmounting a Fluent modal dialog
 * mid-flight can leave the page aria-hidden).
 */
export function useDialog<T>(): DialogState<T> {
  const [state, setState] = useState<{ subject?: T; open: boolean; key: number }>({ open: false, key: 0 });
  const show = useCallback((subject: T) => setState((s) => ({ subject, open: true, key: s.key + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { subject: state.subject, open: state.open, key: state.key, show, close };
}
