import './scale.css'
import { type ReactNode, useId } from 'react'
import { describedBy, FieldError } from './fields'

type ScaleProps = {
  /** What the scale asks; or `labelledBy`, the id of a title above that already asks it. */
  legend?: ReactNode
  labelledBy?: string
  /** The legend's classes where the form around gives its questions a look of their own. */
  legendClassName?: string
  value: number | null
  onChange: (value: 1 | 2 | 3 | 4 | 5) => void
  /** A word for each value (1 to 5), shown with the number and read alone (the number only places it). */
  words?: readonly [string, string, string, string, string]
  /** Words for both ends, shown under the scale and read with 1 and 5. */
  ends?: readonly [string, string]
  hint?: ReactNode
  error?: string | undefined
}

const SCALE = [1, 2, 3, 4, 5] as const

/**
 * A 1–5 scale as a radio group, with words, not just numbers: how a debrief rates the interview and the
 * feelings, how heavy things feel (Progress, a rebound plan), and how a coach rates an answer. Arrow keys move
 * along it, as in any radio group.
 */
export function Scale(props: ScaleProps) {
  const { legend, labelledBy, legendClassName, value, onChange, words, ends, hint, error } = props
  const name = useId()
  return (
    <fieldset
      className={error ? 'scale scale--invalid' : 'scale'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy(name, hint, error)}
    >
      {legend ? <legend className={legendClassName ?? 'scale__legend'}>{legend}</legend> : null}
      {hint ? (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className={words ? 'scale__options scale__options--words' : 'scale__options'}>
        {SCALE.map((n) => (
          <label key={n} className="scale__option">
            <input
              type="radio"
              className="chip__input"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span className="chip__label">
              <span className="scale__number" aria-hidden={words ? true : undefined}>
                {n}
              </span>
              {words ? <span className="scale__word">{words[n - 1]}</span> : null}
              {!words && ends && n === 1 ? <span className="sr-only"> – {ends[0]}</span> : null}
              {!words && ends && n === 5 ? <span className="sr-only"> – {ends[1]}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {!words && ends ? (
        <p className="scale__ends" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </p>
      ) : null}
      <FieldError id={`${name}-error`}>{error}</FieldError>
    </fieldset>
  )
}
