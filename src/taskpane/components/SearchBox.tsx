import { Input, makeStyles } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import type { KeyboardEvent, RefObject } from 'react';
import { useI18n } from '../i18n';

const useStyles = makeStyles({ root: { width: '100%' } });

export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** Enter or ArrowDown: go to the results. */
  onSubmit(): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** One box, natural language. Escape clears it (a second Escape leaves it). */
export function SearchBox({ value, onChange, onSubmit, inputRef }: SearchBoxProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value) {
      event.preventDefault();
      onChange('');
    } else if ((event.key === 'Enter' || event.key === 'ArrowDown') && value.trim()) {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <Input
      className={styles.root}
      ref={inputRef}
      type="search"
      value={value}
      maxLength={200}
      contentBefore={<Search20Regular aria-hidden />}
      placeholder={t('search.box.placeholder')}
      aria-label={t('search.box.label')}
      aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
      onChange={(_, data) => onChange(data.value)}
      onKeyDown={onKeyDown}
      data-testid="search"
    />
  );
}
