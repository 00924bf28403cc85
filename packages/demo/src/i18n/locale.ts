import type { BuiltInLocale } from '@common-ground/core';

/** The languages the demo offers, in the order the switcher lists them. */
export const LOCALES: readonly BuiltInLocale[] = ['en', 'es'];

const STORAGE_KEY = 'common-ground.locale';

function isLocale(value: unknown): value is BuiltInLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language to start in: the one chosen last time, else the browser's if we have it, else English. */
export function initialLocale(): BuiltInLocale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode, policy); the browser language is a fine fallback.
  }
  const browser = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : 'en';
}

/** Remembers the chosen language; a blocked storage only means it is not remembered. */
export function rememberLocale(locale: BuiltInLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the language is harmless.
  }
}
