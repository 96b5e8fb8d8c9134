import type { ReactNode } from 'react'

export type Choice<T extends string> = { value: T; label: ReactNode; lang?: string | undefined }

type ChoiceGroupProps<T extends string> = {
  legend: ReactNode
  /** The radio buttons' name, unique in the page. */
  name: string
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
  /** Side by side in one frame (the default), or each choice its own pill, two a row on a phone. */
  look?: 'segmented' | 'pills'
}

/** One choice among a few, as radio buttons under a legend. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  look = 'segmented',
}: ChoiceGroupProps<T>) {
  return (
    <fieldset className={look === 'pills' ? 'choice-group choice-group--pills' : 'choice-group'}>
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice-group__option">
            <input
              className="choice-group__input"
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span lang={choice.lang}>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
