import { useState } from 'react'
import { deviceStorage } from '../../lib/device-storage'

const TRANSCRIBE_KEY = 'transcribe'

/**
 * Whether a recording starts transcribed on this device: only once the person ticked the box
 * here. Transcription sends the sound to the browser maker's service, so it is never on by default
 * (and a device that only ever stored "off", from when it was, stays off).
 */
export const transcribeByDefault = (stored: string | null): boolean => stored === 'on'

/** Whether a recording is also transcribed into the answer: no, until chosen on this device. */
export function useTranscribeChoice(): [boolean, (on: boolean) => void] {
  const [transcribe, setTranscribe] = useState(() =>
    transcribeByDefault(deviceStorage.readText(TRANSCRIBE_KEY)),
  )
  const choose = (on: boolean) => {
    setTranscribe(on)
    // Not remembered on this device when storage fails: the choice still holds on this page.
    if (on) deviceStorage.writeText(TRANSCRIBE_KEY, 'on')
    else deviceStorage.remove(TRANSCRIBE_KEY)
  }
  return [transcribe, choose]
}
