type LogoMarkProps = { className?: string; size?: number }

/** Rebond's mark: a ball that has bounced, on its way back up. */
export function LogoMark({ className, size = 32 }: LogoMarkProps) {
  return (
    <svg
      className={['logo-mark', className].filter(Boolean).join(' ')}
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="logo-mark__bg" width="32" height="32" rx="8" />
      <path
        className="logo-mark__path"
        d="M6 10c3 0 4.5 13 8 13s4-8 6.5-8 3 5 5.5 5"
        fill="none"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle className="logo-mark__ball" cx="24.5" cy="10" r="3.2" />
    </svg>
  )
}

/** The mark with the name next to it. The name is real text, so it is what assistive technologies read. */
export function Logo() {
  return (
    <span className="logo">
      <LogoMark />
      <span className="logo__name">Rebond</span>
    </span>
  )
}
