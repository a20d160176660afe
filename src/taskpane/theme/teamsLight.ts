import { teamsLightTheme, type Theme } from '@fluentui/react-components';

/** Built into the bundle as its values (webpack.config.js): no palettes, no code building it. */
declare const FLUENT_THEMES: { teamsLightTheme: Theme };
export const theme: Theme = typeof FLUENT_THEMES === 'undefined' ? teamsLightTheme : FLUENT_THEMES.teamsLightTheme;
