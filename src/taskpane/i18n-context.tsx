// The pane's language, shared by every component; French unless Office says otherwise.
import { createContext, useContext } from 'react';
import { DEFAULT_LANG, translator, type Lang, type Translate } from '../i18n';

export interface LangContextValue {
  readonly lang: Lang;
  readonly t: Translate;
}

export const LangContext = createContext<LangContextValue>({ lang: DEFAULT_LANG, t: translator(DEFAULT_LANG) });

export function useLang(): LangContextValue {
  return useContext(LangContext);
}

/** Office's display language (`fr-FR`, `en-US`…) as one of ours: English for `en-*`, French otherwise. */
export function langOfDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}
