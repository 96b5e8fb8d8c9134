import { useState } from 'react'
import { deviceStorage } from '../../../lib/device-storage'

const TRANSCRIBE_KEY = 'transcribe'

/** Whether a recording is also transcribed into the answer: yes unless turned off on this device. */
export function useTranscribeChoice(): [boolean, (on: boolean) => void] {
  const [transcribe, setTranscribe] = useState(() => deviceStorage.readText(TRANSCRIBE_KEY) !== 'off')
  const choose = (on: boolean) => {
    setTranscribe(on)
    // Not remembered on this device when storage fails: the choice still holds on this page.
    if (on) deviceStorage.remove(TRANSCRIBE_KEY)
    else deviceStorage.writeText(TRANSCRIBE_KEY, 'off')
  }
  return [transcribe, choose]
}
