import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type ImportResult, importResultSchema } from '../../../../shared/schemas/import'
import { apiRequest } from '../../../lib/api-client'

/** Sends an export zip: with `dryRun`, only to learn what it would add. */
export function importAccount(file: Blob, dryRun: boolean): Promise<ImportResult> {
  return apiRequest(`/api/me/import${dryRun ? '?dryRun=true' : ''}`, importResultSchema, {
    method: 'POST',
    rawBody: { data: file, contentType: 'application/zip' },
  })
}

/** What the file would add, nothing written. */
export function usePreviewImport() {
  return useMutation({ mutationFn: (file: Blob) => importAccount(file, true) })
}

/** Adds the file's data to the account; every page's data is read again afterwards. */
export function useImportAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (file: Blob) => importAccount(file, false),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
