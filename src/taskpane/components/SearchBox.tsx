import { makeStyles, tokens } from '@fluentui/react-components';
import { SearchMark } from './Marks';
import type { KeyboardEvent, RefObject } from 'react';
import { useI18n } from '../i18n';

/**
 * The look of Fluent's outline Input (a stroke, an accessible bottom edge that turns brand on
 * focus), in a few static styles on a native input: first paint shows it, and Fluent's Input
 * brings its whole slot machinery for one text box.
 */
const useStyles = makeStyles({
  root: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    width: '100%',
    boxSizing: 'border-box',
    minHeight: '32px',
    gap: tokens.spacingHorizontalXXS,
    paddingInline: tokens.spacingHorizontalMNudge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-within': { borderBottomColor: tokens.colorCompoundBrandStroke, boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}` },
    '@media (forced-colors: active)': { ':focus-within': { outline: '2px solid Highlight' } },
  },
  input: {
    flexGrow: 1,
    minWidth: 0,
    height: '30px',
    padding: 0,
    border: 'none',
    outline: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  },
});

export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** Enter or ArrowDown: go to the results. */
  onSubmit(): void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The person turned to the box: fetch what showing results needs. */
  onIntent?(): void;
}

/** One box, natural language. Escape clears it (a second Escape leaves it). */
export function SearchBox({ value, onChange, onSubmit, inputRef, onIntent }: SearchBoxProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onIntent?.();
    if (event.key === 'Escape' && value) {
      event.preventDefault();
      onChange('');
    } else if ((event.key === 'Enter' || event.key === 'ArrowDown') && value.trim()) {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <span className={styles.root}>
      <SearchMark />
      <input
        className={styles.input}
        ref={inputRef}
        type="search"
        value={value}
        maxLength={200}
        placeholder={t('search.box.placeholder')}
        aria-label={t('search.box.label')}
        aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onIntent}
        data-testid="search"
      />
    </span>
  );
}
