import { useEffect, type RefObject } from 'react';

/** Ctrl+Shift+E (Cmd+Shift+E on a Mac) focuses search; `code` keeps it working on other layouts. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.shiftKey && (event.ctrlKey || event.metaKey) && !event.altKey && (event.code === 'KeyE' || event.key.toLowerCase() === 'e');
}

export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
