import type { BuiltInLocale } from '@common-ground/core';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { LanguageContext } from './languageContext.js';
import { initialLocale, rememberLocale } from './locale.js';

/** Provides the language, switchable at any time and remembered on this device. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<BuiltInLocale>(initialLocale);

  useEffect(() => {
    // Screen readers pick their voice from the document's language.
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: BuiltInLocale) => {
        rememberLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
