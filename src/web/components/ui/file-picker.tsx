import { useId } from 'react'
import './file-picker.css'

type FilePickerProps = {
  /** What the file is ("Fichier d’export (.zip)"): the input's accessible name. */
  label: string
  /** The words on the button that opens the browser's file chooser. */
  chooseLabel: string
  /** Said beside the button until a file is chosen. */
  noneLabel: string
  accept?: string
  file: File | null
  onChange: (file: File | null) => void
}

/**
 * A file input in the page's own words: the browser's native control says "Choose File" in the
 * browser's language whatever the page's, so the input is hidden (still focusable, and announced by
 * `label`) behind a button-like label and the chosen file's name.
 */
export function FilePicker({ label, chooseLabel, noneLabel, accept, file, onChange }: FilePickerProps) {
  const id = useId()
  return (
    <div className="file-picker">
      <span id={`${id}-label`} className="field__label">
        {label}
      </span>
      <div className="file-picker__row">
        <input
          id={id}
          type="file"
          className="sr-only file-picker__input"
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-name`}
          {...(accept ? { accept } : {})}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} className="button button--secondary file-picker__button">
          {chooseLabel}
        </label>
        <span id={`${id}-name`} className="file-picker__name">
          {file ? file.name : noneLabel}
        </span>
      </div>
    </div>
  )
}
