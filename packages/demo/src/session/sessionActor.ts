import { sessionMachine } from '@common-ground/core';
import { createActorContext } from '@xstate/react';

/**
 * The one session actor of the app, in React context: `Provider`, `useSelector` and `useActorRef`.
 * Components read narrow values through the hooks in `hooks.ts`, never the whole snapshot.
 */
export const SessionActor = createActorContext(sessionMachine);
