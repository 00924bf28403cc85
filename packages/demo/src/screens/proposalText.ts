import type { Proposal } from '@common-ground/core';
import { useCallback } from 'react';
import { useT } from '../i18n/useT.js';
import { useSessionView } from '../session/hooks.js';
import { useOptionLabel } from './optionLabel.js';

type TurnsParts = readonly [{ id: string; share: number }, { id: string; share: number }];

/** Words a proposal: the option's text, or the take-turns plan with its two options and shares. */
export function useProposalText(): (proposal: Proposal, turns?: TurnsParts | null) => string {
  const t = useT();
  const label = useOptionLabel();
  const view = useSessionView('shared');
  return useCallback(
    (proposal, turns) => {
      const labelOf = (id: string) => {
        const option = view.options.find((o) => o.id === id);
        return option === undefined ? id : label(option);
      };
      if (proposal.kind === 'option') return labelOf(proposal.optionId);
      const plan = view.assessment?.takeTurns;
      const parts = turns ?? (plan?.kind === 'turns' ? plan.parts : null);
      if (parts === null || parts === undefined) return t('proposal.turnsUnknown');
      const first = Math.round(parts[0].share * 100);
      return t('proposal.turns', {
        first: labelOf(parts[0].id),
        firstPercent: first,
        second: labelOf(parts[1].id),
        secondPercent: 100 - first,
      });
    },
    [t, label, view.options, view.assessment],
  );
}
