import { useEffect, useState } from 'react'

const canSpeak = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window

/**
 * Reads the interviewer's line aloud where the browser can, in a voice of the session's language;
 * muted, or without speech synthesis, the text on screen is all there is.
 */
export function useQuestionVoice(text: string, lang: 'fr' | 'en') {
  const [muted, setMuted] = useState(false)
  const available = canSpeak()
  useEffect(() => {
    if (!available || muted || !text) return
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = lang === 'fr' ? 'fr-FR' : 'en-GB'
    const voice = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang))
    if (voice) utterance.voice = voice
    window.speechSynthesis.cancel()
    window.speechSynthesis.speak(utterance)
    return () => window.speechSynthesis.cancel()
  }, [available, muted, text, lang])
  return { available, muted, toggleMute: () => setMuted((m) => !m) }
}
