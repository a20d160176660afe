/**
 * Copies text. The async Clipboard API first; inside Office and Teams frames it is often not
 * permitted, so fall back to a selected text area and `execCommand('copy')`, which still works
 * from a click there.
 */
export async function copyText(doc: Document, text: string): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Not allowed here: try the old way.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  const previous = doc.activeElement as HTMLElement | null;
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } finally {
    area.remove();
    previous?.focus();
  }
  if (!copied) throw new Error('The clipboard is not available here');
}
