import { FEEDBACK_FORMAT, FEEDBACK_VERSION, type FeedbackFile } from '../../../shared/schemas/export-feedback'
import type { SharingReviewsRepository } from '../../repositories/sharing-reviews.repository'

type OwnersFeedback = Awaited<ReturnType<SharingReviewsRepository['list']>>

const authorOf = (author: { displayName: string; role: 'owner' | 'coach' | 'partner' }) => ({
  display_name: author.displayName,
  role: author.role,
})

/**
 * feedback.json: what coaches and partners left on the person's things, and the person's replies, as
 * the person sees them in the app. Built field by field from what the repository returns, so nothing
 * it knows about the other person beyond a name and a role (their account, their address, the link)
 * can slip into the file.
 */
export function feedbackFile(feedback: OwnersFeedback, exportedAt: string): FeedbackFile {
  return {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    exportedAt,
    comments: feedback.comments.map((c) => ({
      id: c.id,
      anchor: { kind: c.anchor.kind, item_id: c.anchor.id, step: c.anchor.step },
      parent_id: c.parentId,
      body: c.body,
      author: authorOf(c.author),
      created_at: c.createdAt,
      read_at: c.readAt,
      converted_to: c.convertedTo && { kind: c.convertedTo.kind, id: c.convertedTo.id },
    })),
    ratings: feedback.ratings.map((r) => ({
      id: r.id,
      card_id: r.cardId,
      attempt_id: r.attemptId,
      structure: r.structure,
      clarity: r.clarity,
      results: r.results,
      assertiveness: r.assertiveness,
      note: r.note,
      author: authorOf(r.author),
      created_at: r.createdAt,
      read_at: r.readAt,
    })),
    assignments: feedback.assignments.map((a) => ({
      card_id: a.cardId,
      question: a.question,
      author: authorOf(a.author),
      created_at: a.createdAt,
      read_at: a.readAt,
    })),
  }
}
