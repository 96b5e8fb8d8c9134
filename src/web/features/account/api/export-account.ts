import { useMutation } from '@tanstack/react-query'
import { apiRequestBlob } from '../../../lib/api-client'

/** The export's name: the day in the person's time zone, as the server names it. */
export function exportFileName(timeZone: string, now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  return `rebond-export-${day.format(now)}.zip`
}

/** Everything the person owns, as one zip the browser saves (rebond.json, recordings, debriefs). */
async function downloadExport(timeZone: string): Promise<void> {
  const zip = await apiRequestBlob('/api/me/export')
  const url = URL.createObjectURL(zip)
  const link = document.createElement('a')
  link.href = url
  link.download = exportFileName(timeZone)
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken the file; the address can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function useExportAccount(timeZone: string) {
  return useMutation({ mutationFn: () => downloadExport(timeZone) })
}
