import { findService } from '../../shared/joinlink';
import type { MeetingService } from '../../shared/joinlink/types';

export interface ServiceTile {
  letter: string;
  background: string;
  /** Black or white, whichever reads better on the background (WCAG contrast). */
  foreground: '#ffffff' | '#000000';
}

const FALLBACK_BACKGROUND = '#616161';

function channel(hex: string): number {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(color: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return 0;
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The tile for a meeting service: its letter and colour from the service table, or its initial. */
export function serviceTile(service: MeetingService): ServiceTile {
  const icon = findService(service.id)?.icon;
  const background = icon && /^#[0-9a-f]{6}$/i.test(icon.color) ? icon.color : FALLBACK_BACKGROUND;
  const letter = (icon?.letter ?? service.name.trim().charAt(0).toUpperCase()) || '?';
  const foreground = contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
  return { letter, background, foreground };
}
