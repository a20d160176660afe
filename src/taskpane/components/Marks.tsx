import type { SVGProps } from 'react';

/**
 * The few glyphs first paint draws, as our own small strokes in `currentColor` (so they follow the
 * theme and forced colours), instead of the icon package's runtime: every card has a chevron, the
 * header a refresh and a search mark. Decorative unless given an accessible name.
 */
type MarkProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: 12 | 16 | 20 };

function Mark({ size = 20, children, ...rest }: MarkProps & { children: React.ReactNode }) {
  const named = rest['aria-label'] !== undefined;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      role={named ? 'img' : undefined}
      aria-hidden={named ? undefined : true}
      {...rest}
    >
      {children}
    </svg>
  );
}

export const ChevronDownMark = (props: MarkProps) => (
  <Mark {...props}>
    <path d="M5 8l5 5 5-5" />
  </Mark>
);

export const LockMark = (props: MarkProps) => (
  <Mark {...props}>
    <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
  </Mark>
);

export const RefreshMark = (props: MarkProps) => (
  <Mark {...props}>
    <path d="M15.5 10a5.5 5.5 0 1 1-1.6-3.9" />
    <path d="M14.5 3v3.5H11" />
  </Mark>
);

export const SearchMark = (props: MarkProps) => (
  <Mark {...props}>
    <circle cx="8.5" cy="8.5" r="5" />
    <path d="M12.2 12.2L16.5 16.5" />
  </Mark>
);

export const MoreMark = (props: MarkProps) => (
  <Mark {...props} fill="currentColor" stroke="none">
    <circle cx="4.5" cy="10" r="1.25" />
    <circle cx="10" cy="10" r="1.25" />
    <circle cx="15.5" cy="10" r="1.25" />
  </Mark>
);
