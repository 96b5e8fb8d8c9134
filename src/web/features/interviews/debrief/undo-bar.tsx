import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/ui/button'

type UndoBarProps = { message: string | null; onUndo: () => void; onDismiss: () => void }

/** "Question removed. Undo" — announced politely, and it goes away after a while. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useTranslation('debrief')
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(onDismiss, 15_000)
    return () => clearTimeout(timer)
  }, [message, onDismiss])
  return (
    <div role="status" className={message ? 'undo-bar' : 'status-empty'}>
      {message ? (
        <>
          <span>{message}</span>
          <Button variant="secondary" className="button--small" onClick={onUndo}>
            {t('undo')}
          </Button>
        </>
      ) : null}
    </div>
  )
}
