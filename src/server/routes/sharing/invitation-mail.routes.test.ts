import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { InvitationCreated, SharingLinks } from '../../../shared/schemas/sharing'
import { asUser, signUp } from '../../test-support/app'
import { testDatabases } from '../../test-support/databases'
import { mailingAppPerTest } from '../../test-support/mail-catcher'

const PUBLIC_URL = 'https://rebond.example.org'
const SHARES = { debriefs: 'all', rehearsal: true, mockInterviews: false, progress: true }

describe.each(testDatabases)('invitations sent by mail, on $kind', (database) => {
  const mailing = mailingAppPerTest(database, PUBLIC_URL)
  const coachAddress = () => `coach-${randomBytes(4).toString('hex')}@example.org`
  const invite = (who: { cookie: string }, body: object, language: 'fr' | 'en' = 'fr') =>
    asUser(mailing.app, who, language).post('/api/sharing/invitations', {
      role: 'coach',
      shares: SHARES,
      ...body,
    })

  it('mails the invitation link, in the inviter’s language, and the mailed link is the one answered', async () => {
    await mailing.start()
    const camille = await signUp(mailing.app, { displayName: 'Camille Durand' })
    expect(
      ((await asUser(mailing.app, camille).get('/api/sharing/links')).json() as SharingLinks).byMail,
    ).toBe(true)
    const to = coachAddress()
    const response = await invite(camille, { email: `  ${to.toUpperCase()} ` })
    expect(response.statusCode, response.body).toBe(201)
    const { url, mailed } = response.json() as InvitationCreated
    expect(mailed).toBe(true)
    await mailing.app.mailOutbox.settled()
    const mail = await mailing.catcher.waitFor(to, 1)
    expect(mail.subject).toBe('Camille Durand vous invite sur Rebond')
    expect(mail.text).toContain(url)
    expect(mail.text).toContain('7 jours')
    expect(mail.html).toContain(url)
    // The address is not kept anywhere the owner's links show.
    const links = (await asUser(mailing.app, camille).get('/api/sharing/links')).body
    expect(links).not.toContain(to)

    const en = coachAddress()
    expect((await invite(camille, { email: en, role: 'partner' }, 'en')).statusCode).toBe(201)
    await mailing.app.mailOutbox.settled()
    const english = await mailing.catcher.waitFor(en, 1)
    expect(english.subject).toBe('Camille Durand invites you to Rebond')
    expect(english.text).toContain('practise with them')
  })

  it('writes a name with markup as text in the mail', async () => {
    await mailing.start()
    const owner = await signUp(mailing.app, { displayName: '<b>Léa</b> & co' })
    const to = coachAddress()
    expect((await invite(owner, { email: to })).statusCode).toBe(201)
    await mailing.app.mailOutbox.settled()
    const mail = await mailing.catcher.waitFor(to, 1)
    expect(mail.html).not.toContain('<b>Léa</b>')
    expect(mail.html).toContain('&#60;b&#62;Léa&#60;/b&#62; &#38; co')
  })

  it('refuses an address that is not one on its field, and makes no link', async () => {
    await mailing.start()
    const owner = await signUp(mailing.app)
    const response = await invite(owner, { email: 'pas une adresse' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.fields).toHaveProperty('email')
    // A second header slipped into the address is not an address either.
    const injected = await invite(owner, { email: 'sam@example.org\r\nBcc: everyone@example.org' })
    expect(injected.statusCode).toBe(400)
    expect(injected.json().error.fields).toHaveProperty('email')
    expect(
      ((await asUser(mailing.app, owner).get('/api/sharing/links')).json() as SharingLinks).owned,
    ).toEqual([])
  })

  it('without SMTP: says so on the email field, makes no link; a link without email still works', async () => {
    await mailing.start({ mail: false })
    const owner = await signUp(mailing.app)
    expect(((await asUser(mailing.app, owner).get('/api/sharing/links')).json() as SharingLinks).byMail).toBe(
      false,
    )
    const refused = await invite(owner, { email: coachAddress() })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.fields.email).toBe(
      'Ce serveur n’envoie pas d’e-mails\u00a0: copiez le lien et envoyez-le vous-même.',
    )
    expect(
      ((await asUser(mailing.app, owner).get('/api/sharing/links')).json() as SharingLinks).owned,
    ).toEqual([])
    const plain = await invite(owner, {})
    expect(plain.statusCode).toBe(201)
    expect((plain.json() as InvitationCreated).mailed).toBe(false)
  })

  it('mails 5 invitations within 15 minutes, then asks to wait an hour; links without mail still go', async () => {
    await mailing.start()
    const owner = await signUp(mailing.app)
    const other = await signUp(mailing.app)
    for (let i = 0; i < 5; i++) expect((await invite(owner, { email: coachAddress() })).statusCode).toBe(201)
    const sixth = await invite(owner, { email: coachAddress() })
    expect(sixth.statusCode).toBe(429)
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(55 * 60)
    expect((await invite(owner, {})).statusCode).toBe(201)
    // Another person's count is their own.
    expect((await invite(other, { email: coachAddress() })).statusCode).toBe(201)
    mailing.clock.advance(61 * 60 * 1000)
    expect((await invite(owner, { email: coachAddress() })).statusCode).toBe(201)
    await mailing.app.mailOutbox.settled()
  })
})
