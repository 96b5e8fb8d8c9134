import { describe, expect, it } from 'vitest'
import { emptyDebrief, normalizeDebrief } from './debrief'
import { debriefMarkdown, escapeMarkdown, type InterviewForExport } from './markdown'

const interview: InterviewForExport = {
  company: 'Acme <script>alert(1)</script>',
  role: 'Chargée de projet',
  date: '2026-03-02T09:30:00.000Z',
  stage: 'manager',
  format: 'video',
  outcome: 'rejected',
  gutFeeling: 2,
  durationMinutes: 45,
  interviewers: [{ name: 'Claire Martin', role: 'Directrice' }],
  note: 'Ambiance froide.',
}

const normalized = normalizeDebrief({
  ...emptyDebrief(),
  feelings: {
    emotions: [{ emotion: 'disappointment', intensity: 4 }],
    wentWell: 'Mon exemple client',
    note: '',
  },
  questions: [
    {
      id: 'q1',
      question: 'Pourquoi ce trou dans votre CV ?',
      answer: 'J’ai hésité.',
      feeling: 'destabilized',
      recruiterReaction: 'Sourcils froncés',
    },
  ],
  causes: [
    {
      cause: 'unprepared_question',
      otherLabel: '',
      evidence: 'Je n’avais rien préparé',
      severity: 'major',
      questionIds: ['q1'],
    },
  ],
  lessons: [
    {
      id: 'l1',
      text: 'Préparer une réponse sur mon parcours',
      actions: [{ id: 'a1', text: 'Écrire 3 phrases', status: 'open', checkBeforeNext: true }],
    },
  ],
  ratings: { serenity: 2, confidence: 3, oralEase: null, preparation: 1 },
})
const debrief = {
  ...normalized,
  destabilizing: normalized.destabilizing.map((d) => ({
    ...d,
    betterAnswer: 'J’ai pris six mois pour me former.',
    rehearse: true,
  })),
}

describe('debriefMarkdown', () => {
  it('writes a readable French summary of every part', () => {
    const md = debriefMarkdown(interview, debrief, 'fr', 'Europe/Paris')
    expect(md).toContain('# Débrief — Acme &lt;script&gt;alert(1)&lt;/script&gt;, Chargée de projet')
    expect(md).toContain('- Étape : Manager')
    expect(md).toContain('- Déception (4/5)')
    expect(md).toContain('1. **Pourquoi ce trou dans votre CV ?**')
    expect(md).toContain('- **Question déstabilisante non préparée** (gravité important ; questions liées 1)')
    expect(md).toContain('### Pourquoi ce trou dans votre CV ? (à répéter)')
    expect(md).toContain('> J’ai pris six mois pour me former.')
    expect(md).toContain('   - [ ] Écrire 3 phrases — _à vérifier avant le prochain entretien_')
    expect(md).toContain('- Sérénité : 2/5')
    expect(md).not.toContain('Aisance orale')
    expect(md).not.toContain('<script>')
  })

  it('gives the interview time in the person’s time zone, and says which one', () => {
    const at = { ...interview, date: '2026-03-12T13:30:00.000Z' }
    expect(debriefMarkdown(at, debrief, 'fr', 'Europe/Paris')).toContain(
      '- Date : 12 mars 2026 à 14:30 (Europe/Paris)',
    )
    expect(debriefMarkdown(at, debrief, 'en', 'America/Montreal')).toContain(
      '- Date: 12 March 2026 at 09:30 (America/Montreal)',
    )
    expect(debriefMarkdown(at, debrief, 'fr', 'Europe/Paris')).not.toContain('UTC')
  })

  it('writes English labels for an English export', () => {
    const md = debriefMarkdown(interview, debrief, 'en', 'Europe/London')
    expect(md).toContain('# Debrief — ')
    expect(md).toContain('- Stage: Hiring manager')
    expect(md).toContain('## Lessons and actions')
  })

  it('says plainly when a step is empty or was skipped', () => {
    const md = debriefMarkdown(interview, { ...emptyDebrief(), skipped: ['diagnose'] }, 'en', 'UTC')
    expect(md).toContain('_Step skipped._')
    expect(md).toContain('_Nothing noted for this step._')
  })

  it('makes user text inert', () => {
    expect(escapeMarkdown('# titre <img src=x onerror=alert(1)> *gras*')).toBe(
      '\\# titre &lt;img src=x onerror=alert(1)&gt; \\*gras\\*',
    )
  })

  it('keeps each heading on one line when a question or a company holds line breaks', () => {
    const markdown = debriefMarkdown(
      { ...interview, company: 'Acme\r\n# Injected' },
      {
        ...debrief,
        questions: debrief.questions.map((q) => ({ ...q, question: 'Pourquoi ce trou\ndans votre CV ?' })),
      },
      'fr',
      'Europe/Paris',
    )
    const lines = markdown.split('\n')
    expect(lines[0]).toMatch(/^# .*Acme \\# Injected, Chargée de projet$/)
    expect(lines).toContain('### Pourquoi ce trou dans votre CV ? (à répéter)')
    expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1)
  })
})
