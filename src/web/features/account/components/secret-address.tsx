import { useState } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextField } from '../../../components/ui/fields'

type SecretAddressTexts = { label: string; onlyNow: string; copy: string; copied: string; copyByHand: string }

/**
 * An address just made whose secret the server keeps only as a hash (a calendar subscription, an
 * invitation): shown once, selected on focus, with a copy button that says plainly when the browser
 * refuses and the address must be copied by hand.
 */
export function SecretAddress({ id, url, texts }: { id: string; url: string; texts: SecretAddressTexts }) {
  const [copied, setCopied] = useState<boolean | null>(null)
  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }
  return (
    <div className="form">
      <TextField
        id={id}
        label={texts.label}
        hint={texts.onlyNow}
        readOnly
        value={url}
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <div className="form__footer">
        <Button onClick={copy}>{texts.copy}</Button>
        <StatusMessage tone={copied === false ? 'info' : 'success'}>
          {copied === null ? null : copied ? texts.copied : texts.copyByHand}
        </StatusMessage>
      </div>
    </div>
  )
}
