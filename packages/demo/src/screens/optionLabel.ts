import type { SessionOption } from '@common-ground/core';
import { useCallback } from 'react';
import { useFormatMessage } from '../i18n/useT.js';

/** Words an option: its own text, or core's name for the status quo when setup gave none. */
export function useOptionLabel(): (option: Pick<SessionOption, 'label'>) => string {
  const m = useFormatMessage();
  return useCallback((option) => option.label ?? m({ id: 'session.option.statusQuo' }), [m]);
}
