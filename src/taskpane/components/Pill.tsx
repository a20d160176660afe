import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A small status label ("Next", "Tentative", "Declined"): the part of Fluent's Badge the list
 * needs, in a few static styles, so first paint does not carry the badge's every shape, size and
 * appearance. Each tone meets WCAG AA contrast in the Fluent light, dark and high-contrast themes,
 * and has a border so it stays visible in forced colours.
 */
export type PillTone = 'brand' | 'warning' | 'danger' | 'informative';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    minHeight: '16px',
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  brand: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  informative: { color: tokens.colorNeutralForeground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function Pill({ tone, children }: { tone: PillTone; children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.root, styles[tone])} data-tone={tone}>{children}</span>;
}
