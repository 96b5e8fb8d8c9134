import type { TFunction } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, NetworkError } from './api-client'

/** One sentence for a person, in the interface language, whatever went wrong. */
export function describeError(error: unknown, t: TFunction<'common'>): string {
  if (error instanceof NetworkError) return t('errors.network')
  if (error instanceof ApiError) {
    if (error.status === 429) {
      if (error.retryAfterSeconds === undefined) return t('errors.tooManyRequestsUnknown')
      const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
      return t('errors.tooManyRequests', { count: minutes })
    }
    // The server already writes its messages for people, in the language we asked for.
    if (error.message !== '') return error.message
  }
  return t('errors.generic')
}

export function useDescribeError() {
  const { t } = useTranslation('common')
  return useCallback((error: unknown) => describeError(error, t), [t])
}
