import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { AnswerEditor } from '../../../components/answer-editor/answer-editor'
import { BackLink } from '../../../components/ui/back-link'
import { Button } from '../../../components/ui/button'
import { useCurrentUser } from '../../../lib/session/get-me'
import { useDocumentTitle } from '../../../lib/use-document-title'
import { useTabDraft } from '../../../lib/use-tab-draft'
import { AnswerLanguageChoice, isAnswerLanguage } from '../components/answer-language-choice'

/** A sandbox for the answer analyzer: nothing is sent or stored, the text only stays in this tab. */
export function AnalyzerPage() {
  const { t } = useTranslation('pages')
  const user = useCurrentUser()
  const editorId = useId()
  useDocumentTitle(t('analyzer.title'))
  // Per person, so that someone else signing in on this tab never sees the text.
  const [text, setText] = useTabDraft(`analyzer.text.${user.id}`, '')
  const [storedLanguage, setLanguage] = useTabDraft(`analyzer.lang.${user.id}`, 'auto')
  const language = isAnswerLanguage(storedLanguage) ? storedLanguage : 'auto'

  return (
    <div className="page analyzer-page">
      <header className="page-header">
        <BackLink to="/rehearsal">{t('analyzer.back')}</BackLink>
        <h1 className="page-title">{t('analyzer.heading')}</h1>
        <p className="lead">{t('analyzer.lead')}</p>
      </header>
      <p className="alert alert--info analyzer-page__privacy">{t('analyzer.privacy')}</p>
      <div className="analyzer-page__tools">
        <AnswerLanguageChoice value={language} onChange={setLanguage} />
        {text.trim() === '' ? (
          <Button variant="secondary" onClick={() => setText(t('analyzer.exampleText'))}>
            {t('analyzer.example')}
          </Button>
        ) : null}
      </div>
      <AnswerEditor
        id={editorId}
        label={t('analyzer.editorLabel')}
        hint={t('analyzer.editorHint')}
        placeholder={t('analyzer.placeholder')}
        value={text}
        onChange={setText}
        lang={language === 'auto' ? undefined : language}
      />
    </div>
  )
}

export { AnalyzerPage as Component }
