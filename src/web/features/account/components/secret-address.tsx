import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { TextField } from '../../../components/ui/fields'

/** Whose words: `calendar.*` or `sharing.*` in the account texts (address, onlyNow, copy, copied, copyByHand). */
type SecretAddressWords = 'calendar' | 'sharing'

/**
 * An address just made whose secret the server keeps only as a hash (a calendar subscription, an
 * invitation): shown once, selected on focus, with a copy button that says plainly when the browser
 * refuses and the address must be copied by hand.
 */
export function SecretAddress({ id, url, words }: { id: string; url: string; words: SecretAddressWords }) {
  const { t } = useTranslation('account')
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
        label={t(`${words}.address`)}
        hint={t(`${words}.onlyNow`)}
        readOnly
        value={url}
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <div className="form__footer">
        <Button onClick={copy}>{t(`${words}.copy`)}</Button>
        <StatusMessage tone={copied === false ? 'info' : 'success'}>
          {copied === null ? null : copied ? t(`${words}.copied`) : t(`${words}.copyByHand`)}
        </StatusMessage>
      </div>
    </div>
  )
}
