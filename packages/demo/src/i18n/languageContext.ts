import type { BuiltInLocale } from '@common-ground/core';
import { createContext } from 'react';

/** The language in use and the way to change it. */
export type LanguageState = { locale: BuiltInLocale; setLocale: (locale: BuiltInLocale) => void };

/** Holds the current language; `LanguageProvider` fills it. English without a provider keeps components testable. */
export const LanguageContext = createContext<LanguageState>({ locale: 'en', setLocale: () => {} });
