/** Text made safe inside HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The HTML of a Rebond mail: paragraphs (already escaped), one button and the link written out
 * (for mail readers that hide buttons), more paragraphs, the signature. Inline styles only, as mail
 * readers ignore style sheets.
 */
export function mailHtml(input: {
  language: 'fr' | 'en'
  title: string
  before: readonly string[]
  link: string
  button: string
  after: readonly string[]
  signature: string
}): string {
  const p = (content: string) => `<p style="margin:0 0 16px">${content}</p>`
  const link = escapeHtml(input.link)
  return [
    '<!doctype html>',
    `<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f6f4ef;font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1f2328;line-height:1.5">',
    '<div style="max-width:520px;margin:0 auto;background:#ffffff;border-radius:12px;padding:24px">',
    ...input.before.map(p),
    p(
      `<a href="${link}" style="display:inline-block;background:#1f5f5b;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600">${escapeHtml(input.button)}</a>`,
    ),
    p(`<a href="${link}" style="color:#1f5f5b;word-break:break-all">${link}</a>`),
    ...input.after.map(p),
    `<p style="margin:0">— ${escapeHtml(input.signature)}</p>`,
    '</div></body></html>',
  ].join('\n')
}
