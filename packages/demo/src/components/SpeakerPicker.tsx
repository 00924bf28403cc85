import type { PartnerId } from '@common-ground/core';
import { useId } from 'react';

type Props = {
  legend: string;
  names: { a: string; b: string };
  value: PartnerId;
  onChange: (partner: PartnerId) => void;
};

/** A pair of radio buttons to say which partner is acting on a shared screen. */
export function SpeakerPicker({ legend, names, value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="speaker-picker">
      <legend>{legend}</legend>
      <div className="choice-row">
        {(['a', 'b'] as const).map((p) => (
          <label key={p} className="choice">
            <input type="radio" name={name} value={p} checked={value === p} onChange={() => onChange(p)} />
            {names[p]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
