import { englishI18n } from './catalogue';
import { i18nContext } from './translator';

/** English unless a provider says otherwise, so a component test without one still renders. */
const pane = i18nContext(englishI18n);

export const I18nProvider = pane.Provider;
export const useI18n = pane.useI18n;
