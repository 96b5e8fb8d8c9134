/** The message as a mail: what is left to fill in, the mailto: address, a plausible recipient. */

const PLACEHOLDER_LEFT = /\{\w+\}/

export const hasPlaceholder = (text: string): boolean => PLACEHOLDER_LEFT.test(text)

/** A mailto: address with every part encoded; line breaks as CRLF, as mail clients expect. */
export function mailtoHref(recipient: string, subject: string, body: string): string {
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))
  return `mailto:${encodeURIComponent(recipient.trim())}?subject=${enc(subject)}&body=${enc(body)}`
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
