import { ErrorBoundary } from './components/ErrorBoundary.js';
import { LanguageProvider } from './i18n/LanguageProvider.js';
import { SessionScreen } from './screens/SessionScreen.js';
import { DraftProvider } from './session/drafts.js';
import { SessionProvider } from './session/SessionProvider.js';

/** The app: the providers (language, drafts, the session actor) and the screen for the current state. */
export function App() {
  return (
    <LanguageProvider>
      <ErrorBoundary>
        <DraftProvider>
          <SessionProvider>
            <SessionScreen />
          </SessionProvider>
        </DraftProvider>
      </ErrorBoundary>
    </LanguageProvider>
  );
}
