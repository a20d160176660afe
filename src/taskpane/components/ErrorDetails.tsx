import { makeStyles, tokens } from '@fluentui/react-components';
import type { ApiError } from '../api/errors';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyMonospace,
  },
  row: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** What a support person asks for: the code and the request id to find the server log line. */
export default function ErrorDetails({ error }: { error: ApiError }) {
  const styles = useStyles();
  const { t } = useI18n();
  const rows: Array<[string, string | undefined]> = [
    [t('connection.details.code'), error.code],
    [t('connection.details.status'), error.details.status?.toString()],
    [t('connection.details.requestId'), error.details.requestId],
  ];
  return (
    <dl className={styles.list} data-testid="error-details">
      {rows
        .filter((row): row is [string, string] => row[1] !== undefined)
        .map(([term, value]) => (
          <div key={term} className={styles.row}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
