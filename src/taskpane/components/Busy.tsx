import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * "Loading…" with a turning ring: what first paint shows while the list comes, drawn in a few
 * static styles instead of Fluent's Spinner (its every size and appearance). The ring is
 * decorative; the words are the status. Still with reduced motion.
 */
const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  ring: {
    width: '16px',
    height: '16px',
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '0s' },
    '@media (forced-colors: active)': { borderTopColor: 'Highlight' },
  },
});

export function Busy({ label }: { label?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.root} role="status">
      <span className={styles.ring} aria-hidden="true" />
      {label}
    </span>
  );
}
