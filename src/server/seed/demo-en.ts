import type { DemoAccount } from './demo-types'

// A plausible English-speaking job search: a data analyst aiming for a first senior role.
export const demoEn: DemoAccount = {
  email: 'alex.demo@example.org',
  displayName: 'Alex (demo)',
  language: 'en',
  rehearsals: [
    {
      question: 'Tell me about a time you disagreed with your manager.',
      hint: 'The disagreement, how you raised it respectfully, what you did, and how it ended.',
      attempts: [
        {
          daysAgo: 23,
          grade: 'again',
          text: "Um, I guess I don't really disagree with managers much, I'm kind of easy-going, you know.",
          spoken: { seconds: 8, wpm: [180, 205], pauses: [2.3], pitch: 1.5, fillers: 2 },
        },
        {
          daysAgo: 19,
          grade: 'hard',
          text: 'I think once my manager wanted to ship a feature early and I sort of felt it was risky, so I mentioned it.',
          spoken: { seconds: 11, wpm: [165, 185], pauses: [2, 0.7], pitch: 1.9, fillers: 1 },
        },
        {
          daysAgo: 12,
          grade: 'good',
          text: 'At Monzo, my manager wanted to ship a payments feature a week early. I was responsible for its quality, so I showed him three open defects and proposed a two-day fix. We shipped two days later with no incident.',
          spoken: { seconds: 16, wpm: [145, 165], pauses: [0.8], pitch: 2.5 },
        },
        {
          daysAgo: 3,
          grade: 'easy',
          text: 'At Monzo, my manager wanted to release a payments feature a week early. As QA lead, I owned the release risk. I brought the three open defects and a two-day plan to fix them. We shipped two days later, with zero incidents in the first month.',
          spoken: { seconds: 18, wpm: [140, 160], pauses: [0.7, 0.6], pitch: 2.8 },
        },
      ],
    },
  ],
  moods: [
    [24, 2, 'Rejected by Monzo after the panel.'],
    [17, 3, ''],
    [8, 4, 'Good call with a mentor.'],
  ],
  applications: [
    {
      key: 'monzo',
      company: 'Northwind Bank',
      role: 'Senior data analyst',
      source: 'LinkedIn',
      status: 'rejected',
      notes: 'Hybrid, London office twice a week.',
      interviews: [
        {
          daysAgo: 33,
          hour: 11,
          stage: 'screening',
          format: 'phone',
          outcome: 'passed',
          gutFeeling: 4,
          note: 'Friendly call, mostly logistics and salary range.',
          interviewers: [{ name: 'Priya Shah', role: 'Recruiter' }],
          debrief: {
            emotions: [['relief', 3]],
            wentWell: 'I gave a clear salary range without apologising for it.',
            questions: [
              { q: 'What are your salary expectations?', a: '£55–60k, with reasons.', feeling: 'at_ease' },
            ],
            causes: [],
            lessons: [
              ['Keep the salary answer short and factual', ['Write the range and two reasons on a card']],
            ],
            ratings: [4, 4, 3, 3],
          },
        },
        {
          daysAgo: 24,
          hour: 14,
          stage: 'panel',
          format: 'video',
          outcome: 'rejected',
          gutFeeling: 2,
          note: 'Three interviewers, one very sceptical about my stakeholder experience.',
          interviewers: [
            { name: 'Daniel Okafor', role: 'Head of analytics' },
            { name: 'Emma Wright', role: 'Product manager' },
          ],
          debrief: {
            emotions: [
              ['frustration', 4],
              ['anxiety', 3],
              ['curiosity', 2],
            ],
            wentWell: 'My SQL exercise was clean and I explained my reasoning well.',
            questions: [
              {
                q: 'Walk us through a dashboard you built.',
                a: 'The churn dashboard, used weekly.',
                feeling: 'at_ease',
              },
              {
                q: 'Tell us about a time you disagreed with a stakeholder.',
                a: 'I said I usually just go along with them.',
                feeling: 'destabilized',
                reaction: 'Daniel frowned and asked for a concrete example.',
              },
            ],
            causes: [
              ['unprepared_question', 'major', 'I had no conflict story ready.', [1]],
              ['no_examples', 'notable', 'I answered in general terms.', [1]],
            ],
            better: {
              1: 'Last year our sales lead wanted a dashboard by Friday with a metric I knew was misleading. I showed her two weeks of data side by side, we agreed on a better definition, and the dashboard shipped on time. Forecast errors dropped by 18%.',
            },
            rehearse: [1],
            lessons: [
              [
                'Prepare three STAR stories: conflict, failure, success',
                ['Draft the conflict story', 'Rehearse it out loud twice'],
              ],
            ],
            ratings: [2, 2, 3, 2],
          },
        },
      ],
    },
    {
      key: 'acme',
      company: 'Acme Health',
      role: 'Analytics lead',
      source: 'Referral',
      status: 'active',
      notes: 'Small team, lots of ownership.',
      interviews: [
        {
          daysAgo: 9,
          hour: 10,
          stage: 'manager',
          format: 'video',
          outcome: 'passed',
          gutFeeling: 4,
          note: 'Used my conflict story — it landed.',
          debrief: {
            emotions: [
              ['pride', 4],
              ['calm', 3],
            ],
            wentWell: 'The conflict story came out naturally, with the number at the end.',
            questions: [
              {
                q: 'Tell me about a disagreement with a stakeholder.',
                a: 'The dashboard story, 18% fewer errors.',
                feeling: 'at_ease',
              },
            ],
            causes: [['questions_for_recruiter', 'minor', 'I only had one question at the end.']],
            lessons: [
              [
                'Bring three questions about the team',
                ['Write questions about roadmap, data quality and growth'],
              ],
            ],
            ratings: [4, 4, 4, 4],
          },
        },
        {
          daysAgo: -5,
          hour: 15,
          stage: 'final',
          format: 'on_site',
          outcome: 'pending',
          gutFeeling: null,
          note: 'Meet the CTO.',
        },
      ],
    },
  ],
}
