import { Combobox, Field, Option, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { DirectoryPerson } from '../../shared/admin-api';
import type { AdminClient } from '../api/adminClient';
import { useConsoleI18n } from '../i18n/catalogue';

const useStyles = makeStyles({
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
});

export interface PeoplePickerProps {
  api: AdminClient;
  label: string;
  selected: string[];
  onChange(oids: string[]): void;
}

/** Picks people of this tenant who have signed in to Upnext, by name or username. */
export function PeoplePicker({ api, label, selected, onChange }: PeoplePickerProps) {
  const styles = useStyles();
  const { t } = useConsoleI18n();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<DirectoryPerson[]>([]);
  // Everyone seen in a search so far, so picked people keep their names after the query changes.
  const [known, setKnown] = useState<ReadonlyMap<string, DirectoryPerson>>(() => new Map());

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.users(query.trim()).then(
        (people) => {
          if (!live) return;
          setKnown((previous) => {
            const next = new Map(previous);
            for (const p of people) next.set(p.oid, p);
            return next;
          });
          setResults(people);
        },
        () => live && setResults([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const options = useMemo(() => results.filter((p) => !selected.includes(p.oid)), [results, selected]);
  const nameOf = (oid: string) => known.get(oid)?.name ?? oid;

  return (
    <Field label={label}>
      <Combobox
        freeform
        // Inside the dialog, not portalled out of it: the dialog's focus trap and layering stay whole.
        inlinePopup
        placeholder={t('people.search')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onOptionSelect={(_e, data) => {
          if (data.optionValue && !selected.includes(data.optionValue)) onChange([...selected, data.optionValue]);
          setQuery('');
        }}
      >
        {options.length === 0 ? (
          <Option disabled value="" text="">
            {t('people.none')}
          </Option>
        ) : (
          options.map((p) => (
            <Option key={p.oid} value={p.oid} text={p.name}>
              {p.name}
              {p.username ? ` (${p.username})` : ''}
            </Option>
          ))
        )}
      </Combobox>
      {selected.length > 0 && (
        <TagGroup className={styles.tags} aria-label={t('people.selected', { label })} onDismiss={(_e, data) => onChange(selected.filter((oid) => oid !== data.value))}>
          {selected.map((oid) => (
            <Tag key={oid} value={oid} dismissible dismissIcon={{ 'aria-label': t('people.remove', { name: nameOf(oid) }) }}>
              {nameOf(oid)}
            </Tag>
          ))}
        </TagGroup>
      )}
    </Field>
  );
}
