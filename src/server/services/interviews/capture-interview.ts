import type { CreateInterviewBody } from '../../../shared/schemas/interviews'
import { ApiError } from '../../errors'
import { newId } from '../../security/tokens'
import type { ServiceContext } from '../context'
import { ownedApplication } from './owned-interview'

/**
 * Quick capture: logs an interview, for an existing application or for a company and role,
 * whose application is found (case and accents aside) or created. One transaction, with the
 * owner's writes serialised, so that two captures at once for a new company make one application.
 */
export async function captureInterview(context: ServiceContext, userId: string, body: CreateInterviewBody) {
  const at = context.now().toISOString()
  return context.transaction(async (tx) => {
    await tx.locks.owner(userId)
    let application = body.applicationId ? await ownedApplication(tx, userId, body.applicationId) : undefined
    if (!application && body.company && body.role) {
      application =
        (await tx.applications.findByCompanyAndRole(userId, body.company, body.role)) ??
        (await tx.applications.insert(userId, {
          id: newId(),
          company: body.company,
          role: body.role,
          postingUrl: '',
          source: '',
          status: 'active',
          notes: '',
          createdAt: at,
        }))
    }
    if (!application) throw new ApiError('validation_failed')
    const interview = await tx.interviews.insert(userId, {
      id: newId(),
      applicationId: application.id,
      date: body.date,
      stage: body.stage,
      format: body.format ?? null,
      interviewers: [],
      durationMinutes: null,
      outcome: 'pending',
      gutFeeling: body.gutFeeling ?? null,
      note: body.note,
      createdAt: at,
    })
    return { interview, application }
  })
}
