import { catalogs, formatMessage, type Message, type MessageParams } from '@common-ground/core';
import { useCallback, useContext } from 'react';
import { type DemoMessageId, demoEn, demoEs } from './demoMessages.js';
import { LanguageContext, type LanguageState } from './languageContext.js';

const demoCatalogs = { en: demoEn, es: demoEs } as const;

/** Fills `{placeholders}` the same way core does, leaving an unknown one visible. */
function fill(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The current language and its setter. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** Returns `t(id, params)` for the demo's own words in the current language. */
export function useT(): (id: DemoMessageId, params?: MessageParams) => string {
  const { locale } = useContext(LanguageContext);
  return useCallback((id, params) => fill(demoCatalogs[locale][id], params), [locale]);
}

/** Returns a function that words any core `Message` in the current language. */
export function useFormatMessage(): (message: Message) => string {
  const { locale } = useContext(LanguageContext);
  return useCallback((message) => formatMessage(message, catalogs[locale]), [locale]);
}

/** Words one core `Message` in the current language. */
export function useMessage(message: Message): string {
  return useFormatMessage()(message);
}
