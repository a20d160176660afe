import { createContext, useContext } from 'react';
import { englishI18n, type I18n } from './catalogue';

/** English unless a provider says otherwise, so a component test without one still renders. */
const I18nContext = createContext<I18n>(englishI18n);

export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}
