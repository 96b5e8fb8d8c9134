// The password reset's query keys: only this feature reads them.
export const resetKeys = {
  options: ['auth', 'password-reset', 'options'] as const,
  link: (token: string) => ['auth', 'password-reset', 'link', token] as const,
}
