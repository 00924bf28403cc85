import { Component, type ReactNode } from 'react';
import { demoEn, demoEs } from '../i18n/demoMessages.js';
import { LanguageContext } from '../i18n/languageContext.js';

type State = { failed: boolean };

// Written as a class because React offers error boundaries only that way.
/**
 * Catches a screen that fails to render and shows a calm page instead of a blank one: a quick exit, and a way to
 * clear this device and start again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = LanguageContext;
  declare context: React.ContextType<typeof LanguageContext>;
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const words = this.context.locale === 'es' ? demoEs : demoEn;
    return (
      <main id="main" className="crash">
        <button
          type="button"
          className="quick-exit"
          onClick={() => window.location.replace(new URL('exit.html', document.baseURI).href)}
        >
          {words['crash.exit']}
        </button>
        <h1>{words['crash.title']}</h1>
        <p>{words['crash.body']}</p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            try {
              for (const key of Object.keys(localStorage))
                if (key.startsWith('common-ground.')) localStorage.removeItem(key);
            } catch {
              // Nothing more we can do; reloading still starts afresh if storage is readable.
            }
            window.location.reload();
          }}
        >
          {words['crash.restart']}
        </button>
      </main>
    );
  }
}
