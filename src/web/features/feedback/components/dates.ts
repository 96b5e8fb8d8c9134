/** A date input's value (YYYY-MM-DD, local) for an ISO instant. */
export function toDateInput(iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The instant for a date input's value: that day at 9:00, local time. Null when incomplete. */
export function fromDateInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 9, 0, 0)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const PLACEHOLDER_LEFT = /\{\w+\}/

export const hasPlaceholder = (text: string): boolean => PLACEHOLDER_LEFT.test(text)

/** A mailto: address with every part encoded; line breaks as CRLF, as mail clients expect. */
export function mailtoHref(recipient: string, subject: string, body: string): string {
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))
  return `mailto:${encodeURIComponent(recipient.trim())}?subject=${enc(subject)}&body=${enc(body)}`
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
