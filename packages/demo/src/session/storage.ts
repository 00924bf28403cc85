// The one place the demo touches localStorage for the session. Every call survives a storage that throws
// (private mode, a full quota, a policy), because losing the ability to save must never blank the page.

/** The key the session is saved under. */
export const SESSION_KEY = 'common-ground.session';

/** Reads the saved session text, or null when there is none or storage cannot be read. */
export function readSaved(): string | null {
  try {
    return localStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

/** Saves the session text; returns false when storage refused it. */
export function writeSaved(text: string): boolean {
  try {
    localStorage.setItem(SESSION_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved session; returns false when storage refused. */
export function removeSaved(): boolean {
  try {
    localStorage.removeItem(SESSION_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Removes everything the demo keeps on this device (the session and the language choice). */
export function deleteEverything(): boolean {
  try {
    const ours: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('common-ground.')) ours.push(key);
    }
    for (const key of ours) localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
