import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss12Regular } from '@fluentui/react-icons';
import type { SearchResponse } from '../../shared/api';
import { formatRange } from '../model/searchChips';
import type { DisplayOptions } from '../model/display';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginInlineEnd: tokens.spacingHorizontalXS },
});

export interface UnderstoodChipsProps {
  query: SearchResponse['query'];
  /** Names of services as the results show them, by id. */
  serviceNames: ReadonlyMap<string, string>;
  display: DisplayOptions;
  /** A chip was removed: `dates`, `person:<name>` or `service:<id>`. */
  onRemove(part: string): void;
}

/** "What I understood": dates, people and services, each a button that removes it. */
export function UnderstoodChips({ query, serviceNames, display, onRemove }: UnderstoodChipsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const chips: Array<{ part: string; label: string }> = [];
  if (query.from && query.to) chips.push({ part: 'dates', label: formatRange(query.from, query.to, display) });
  for (const person of query.people) chips.push({ part: `person:${person}`, label: t('search.chip.person', { name: person }) });
  for (const id of query.services) chips.push({ part: `service:${id}`, label: serviceNames.get(id) ?? id });
  if (chips.length === 0) return null;
  return (
    <div className={styles.root} data-testid="understood">
      <span className={styles.label} id="understood-label">
        {t('search.understood')}
      </span>
      {chips.map((chip) => (
        <Button
          key={chip.part}
          size="small"
          shape="circular"
          appearance="outline"
          icon={<Dismiss12Regular />}
          iconPosition="after"
          aria-label={t('search.chip.remove', { label: chip.label })}
          aria-describedby="understood-label"
          data-testid="chip"
          onClick={() => onRemove(chip.part)}
        >
          {chip.label}
        </Button>
      ))}
    </div>
  );
}
