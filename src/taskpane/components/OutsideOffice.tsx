/**
 * outlook.html opened in a plain browser tab: Office.js answered with no host. Say what happened
 * and point to the browser page, before any sign-in (the add-in page's address is no registered
 * sign-in return address, so the authority would answer with AADSTS50011). Its own chunk: only
 * this mistake loads it.
 */
import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, maxWidth: '36rem', fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground1 },
  title: { margin: 0, marginBlockEnd: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, marginBlockEnd: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

function Explanation({ browserPage }: { browserPage: string }) {
  const styles = useStyles();
  const { t, dir } = useI18n();
  return (
    <main className={styles.root} dir={dir} data-testid="outside-office">
      <h1 className={styles.title}>{t('list.outsideOffice.title')}</h1>
      <p className={styles.text}>{t('list.outsideOffice.body')}</p>
      <p className={styles.text}>
        <Link href={browserPage}>{t('list.outsideOffice.link')}</Link>
      </p>
    </main>
  );
}

export default function OutsideOffice({ browserPage }: { browserPage: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Explanation browserPage={browserPage} />
    </FluentProvider>
  );
}
