import { z } from 'zod'
import {
  DEBRIEF_SCOPES,
  MAX_SELECTED_INTERVIEWS,
  SHARING_ROLES,
  type ShareChoice,
  sharesSomething,
} from '../../domain/sharing'
import { languageSchema, oneLine } from './common'
import { emailSchema } from './email'
import { lazySchema } from './lazy-schema'

const id = lazySchema(() => z.string().min(1).max(64))

export const sharingRoleSchema = lazySchema(() =>
  z
    .enum(SHARING_ROLES)
    .describe('`coach`: reads, comments, rates and assigns questions; `partner`: reads and comments'),
)

/** The share choice as a link keeps it (and answers it). */
export const shareChoiceSchema = lazySchema(
  () =>
    z.object({
      debriefs: z.enum(DEBRIEF_SCOPES).describe('Every debrief, those of `interviewIds`, or none'),
      interviewIds: z
        .array(id)
        .max(MAX_SELECTED_INTERVIEWS)
        .describe('The interviews whose debriefs are shared when `debriefs` is `selected`'),
      rehearsal: z.boolean().describe('Rehearsal answers and their recordings'),
      mockInterviews: z.boolean().describe('Mock interview reports'),
      progress: z.boolean(),
      moods: z.boolean().describe('The mood log: shared only when chosen'),
      rebounds: z.boolean().describe('Rebound plans: shared only when chosen'),
    }) satisfies z.ZodType<ShareChoice>,
)

/** The share choice as an invitation is made: the mood log, rebound plans and the selection default to nothing. */
export const shareChoiceInputSchema = lazySchema(() =>
  z
    .object({
      ...shareChoiceSchema.shape,
      interviewIds: shareChoiceSchema.shape.interviewIds.default([]),
      moods: z.boolean().default(false),
      rebounds: z.boolean().default(false),
    })
    .refine((choice) => choice.debriefs !== 'selected' || choice.interviewIds.length > 0, {
      message: 'no_debrief_selected',
      path: ['interviewIds'],
    })
    .refine(sharesSomething, { message: 'nothing_shared' }),
)

export const newInvitationSchema = lazySchema(() =>
  z.object({
    role: sharingRoleSchema,
    label: oneLine(z.string().trim().max(80))
      .default('')
      .describe('Your own words for whom the invitation is for ("Marie, APEC"); only you see them'),
    shares: shareChoiceInputSchema,
    email: emailSchema
      .optional()
      .describe(
        'Where Rebond mails the invitation, when the server sends mail (`byMail` in GET /sharing/links); ' +
          'the address is used for this mail only and not kept',
      ),
  }),
)
export type NewInvitation = z.infer<typeof newInvitationSchema>

const linkBase = {
  id: z.string(),
  role: sharingRoleSchema,
  shares: shareChoiceSchema,
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
}

export const ownedLinkSchema = lazySchema(() =>
  z.object({
    ...linkBase,
    label: z.string(),
    state: z
      .enum(['pending', 'expired', 'active', 'ended'])
      .describe('`pending`: not accepted yet; `expired`: not accepted in time; `ended`: by either side'),
    expiresAt: z.string().describe('When the invitation stops being acceptable'),
    endedAt: z.string().nullable(),
    endedBy: z.enum(['owner', 'invitee']).nullable(),
    invitee: z
      .object({ displayName: z.string() })
      .nullable()
      .describe('Who accepted (their name only); null before'),
    lastLookedAt: z.string().nullable().describe('When the invitee last opened something through the link'),
  }),
)
export type OwnedLink = z.infer<typeof ownedLinkSchema>

export const receivedLinkSchema = lazySchema(() =>
  z.object({
    ...linkBase,
    owner: z
      .object({
        displayName: z.string(),
        language: languageSchema.describe(
          'The language they use Rebond in: the pages mark their own words with it, for screen readers',
        ),
      })
      .describe('Whose link it is: their name and language only'),
  }),
)
export type ReceivedLink = z.infer<typeof receivedLinkSchema>

export const invitationCreatedSchema = lazySchema(() =>
  z.object({
    link: ownedLinkSchema,
    url: z
      .string()
      .describe('The invitation address to hand over; shown only now (only its hash is kept), it works once'),
    mailed: z.boolean().describe('Whether the invitation goes out by mail to `email` (after this answer)'),
  }),
)
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>

export const sharingLinksResponseSchema = lazySchema(() =>
  z.object({
    owned: z.array(ownedLinkSchema).describe('Links you made, in every state, newest first'),
    received: z
      .array(receivedLinkSchema)
      .describe('People who share with you, through active links only, newest first'),
    byMail: z.boolean().describe('Whether this server can mail an invitation (SMTP configured)'),
  }),
)
export type SharingLinks = z.infer<typeof sharingLinksResponseSchema>

export const acceptInvitationSchema = lazySchema(() =>
  z.object({
    token: z.string().min(1).max(200).describe('The part of the invitation address after `#`'),
  }),
)

export const receivedLinkResponseSchema = lazySchema(() => z.object({ link: receivedLinkSchema }))

export const linkParamsSchema = lazySchema(() => z.object({ id }))

/**
 * What an invitation shows before it is accepted, to anyone holding its token: whose it is (their
 * name only), the role and the kinds of things it shares. No interview is named, only how many.
 */
export const invitationPreviewSchema = lazySchema(() =>
  z.object({
    owner: z.object({ displayName: z.string() }).describe('Who invites (their name only)'),
    role: sharingRoleSchema,
    shares: z.object({
      debriefs: z.enum(DEBRIEF_SCOPES),
      selectedDebriefs: z.number().int().describe('How many debriefs, when `debriefs` is `selected`'),
      rehearsal: z.boolean(),
      mockInterviews: z.boolean(),
      progress: z.boolean(),
      moods: z.boolean(),
      rebounds: z.boolean(),
    }),
    expiresAt: z.string().describe('When the invitation stops being acceptable'),
  }),
)
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>
