import { useDebriefSync } from '../api/debrief-sync'
import { useInterview } from '../api/get-interview'

/** An interview and its debrief (kept in sync as it is edited), as the debrief and summary pages show them. */
export function useInterviewDebrief(interviewId: string) {
  const interview = useInterview(interviewId)
  const [snapshot, store] = useDebriefSync(interviewId)
  const company = interview.data?.application.company ?? ''
  return { interview, snapshot, store, content: snapshot.content, company }
}
