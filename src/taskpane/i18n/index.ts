export { createI18n, englishI18n, loadCatalogue, loadI18n, type I18n, type MessageKey } from './catalogue';
export { I18nProvider, useI18n } from './I18nContext';
export { applyDocumentLanguage, i18nContext } from './translator';
export { LANGUAGES, canonicalTag, directionOf, languageOf, type Language } from './locales';
export { formatMessage, type MessageParams } from './format';
export { useI18nFor } from './useI18nFor';
