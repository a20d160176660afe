import { SERVICE_ICONS } from '../../shared/joinlink/service-icons';
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
  const icon = SERVICE_ICONS[service.id];
  const background = icon && /^#[0-9a-f]{6}$/i.test(icon.color) ? icon.color : FALLBACK_BACKGROUND;
  const letter = (icon?.letter ?? service.name.trim().charAt(0).toUpperCase()) || '?';
  const foreground = contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
  return { letter, background, foreground };
}

/** One stroke or fill of a mark, on a 16 × 16 grid. */
export interface MarkPart {
  d: string;
  fill?: string;
  /** Drawn as a line this wide instead of filled. */
  stroke?: { color: string; width: number };
}

/** A service's mark: our own small drawing in the service's colours, on a square or round ground. */
export interface ServiceMark {
  ground?: { color: string; shape: 'square' | 'circle' };
  parts: readonly MarkPart[];
}

const W = '#ffffff';
const line = (d: string, width = 1.6, color = W): MarkPart => ({ d, stroke: { color, width } });

/**
 * Marks of our own drawing for the services people meet on most: a few paths each, under a
 * kilobyte gzip for all, so they ride in first paint without a request. Not the services' logos,
 * only their colours and an idea of each (a camera, a wave, a handset).
 */
export const SERVICE_MARKS: Readonly<Record<string, ServiceMark>> = {
  teams: {
    ground: { color: '#5059c9', shape: 'square' },
    parts: [
      { d: 'M10.4 7.4h3.2v3a1.6 1.6 0 0 1-3.2 0z', fill: '#a6acf5' },
      { d: 'M12 3.2a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 1 1 0-3.2z', fill: '#a6acf5' },
      { d: 'M2.8 4.6h6.6v1.8H7V12H5.2V6.4H2.8z', fill: W },
    ],
  },
  zoom: {
    ground: { color: '#0b5cff', shape: 'circle' },
    parts: [{ d: 'M3 5.6h5.8a1.1 1.1 0 0 1 1.1 1.1v3.7H4.1A1.1 1.1 0 0 1 3 9.3z', fill: W }, { d: 'M10.6 7.4l2.6-1.8v4.8l-2.6-1.8z', fill: W }],
  },
  'google-meet': {
    parts: [
      { d: 'M1.5 5a1 1 0 0 1 1-1h7a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1z', fill: '#00832d' },
      { d: 'M10.5 7.2l4-3v7.6l-4-3z', fill: '#00ac47' },
      { d: 'M1.5 5a1 1 0 0 1 1-1h2.5v3h-3.5z', fill: '#fbbc04' },
      { d: 'M1.5 9h3.5v3H2.5a1 1 0 0 1-1-1z', fill: '#4285f4' },
    ],
  },
  webex: { ground: { color: '#00a0d1', shape: 'circle' }, parts: [line('M3.2 6l2.2 4.6L8 6l2.6 4.6L12.8 6', 1.7)] },
  goto: { ground: { color: '#f68d2e', shape: 'circle' }, parts: [line('M4 8h7.2M8.2 4.8L11.4 8l-3.2 3.2', 1.8)] },
  bluejeans: {
    ground: { color: '#1a73e8', shape: 'square' },
    parts: [line('M5.6 3.8v8.4M5.6 4.1h2.6a1.9 1.9 0 0 1 0 3.8H5.6M5.6 8h3a2 2 0 0 1 0 4H5.6')],
  },
  skype: {
    ground: { color: '#00aff0', shape: 'circle' },
    parts: [line('M10.6 5.6c-.5-.8-1.4-1.3-2.6-1.3-1.5 0-2.6.7-2.6 1.8 0 2.6 5.2 1.4 5.2 4 0 1.1-1.1 1.9-2.7 1.9-1.2 0-2.2-.5-2.7-1.3')],
  },
  slack: {
    ground: { color: '#4a154b', shape: 'square' },
    parts: [
      line('M6.2 3.4v9.2', 1.9, '#36c5f0'),
      line('M9.8 3.4v9.2', 1.9, '#2eb67d'),
      line('M3.4 6.2h9.2', 1.9, '#ecb22e'),
      line('M3.4 9.8h9.2', 1.9, '#e01e5a'),
    ],
  },
  whereby: { ground: { color: '#6f2cf4', shape: 'square' }, parts: [line('M5.4 5.6v.1M10.6 5.6v.1', 2), line('M4.4 8.6a3.6 3.6 0 0 0 7.2 0', 1.8)] },
  jitsi: { ground: { color: '#1d76ba', shape: 'square' }, parts: [line('M9.8 3.8v5.4a2.6 2.6 0 0 1-5.2 0', 1.8), line('M12.2 3.8v.1', 1.8)] },
  chime: {
    ground: { color: '#232f3e', shape: 'square' },
    parts: [
      { d: 'M3.4 4.2h9.2a1 1 0 0 1 1 1v4.6a1 1 0 0 1-1 1H7.2l-2.6 2.2v-2.2H3.4a1 1 0 0 1-1-1V5.2a1 1 0 0 1 1-1z', fill: W },
      line('M5.6 7.5v.1M8 7.5v.1M10.4 7.5v.1', 1.7, '#ff9900'),
    ],
  },
  ringcentral: {
    ground: { color: '#ff8800', shape: 'square' },
    parts: [{ d: 'M4.6 3.2l1.8 2.6-1 1.3a5.6 5.6 0 0 0 3.5 3.5l1.3-1 2.6 1.8-.9 1.6a7.8 7.8 0 0 1-8.9-8.9z', fill: W }],
  },
  gong: {
    ground: { color: '#8039df', shape: 'circle' },
    parts: [line('M8 3.6a4.4 4.4 0 1 1 0 8.8 4.4 4.4 0 1 1 0-8.8z', 1.4), { d: 'M8 6.4a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 1 1 0-3.2z', fill: W }],
  },
  discord: {
    ground: { color: '#5865f2', shape: 'square' },
    parts: [
      { d: 'M4.4 5c1-.6 2-.9 2.8-1l.4.7h.8l.4-.7c.8.1 1.8.4 2.8 1 1 1.8 1.5 3.8 1.3 5.8-1 .7-2 1.1-2.8 1.3l-.6-1a6.5 6.5 0 0 1-3 0l-.6 1c-.8-.2-1.8-.6-2.8-1.3-.2-2 .3-4 1.3-5.8z', fill: W },
      line('M6.4 8.1v.1M9.6 8.1v.1', 1.8, '#5865f2'),
    ],
  },
};

/** The service's drawn mark, or undefined for the letter tile. */
export function serviceMark(service: MeetingService): ServiceMark | undefined {
  return SERVICE_MARKS[service.id];
}
