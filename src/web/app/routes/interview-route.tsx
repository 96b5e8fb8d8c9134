import { InterviewPage } from '../../features/interviews/routes/interview-page'
import { RejectionOffer } from '../../features/rebound/components/rejection-offer'

/** The interview page with the rebound offer composed in: features do not import each other. */
export function InterviewRoute() {
  return <InterviewPage rejectionOffer={RejectionOffer} />
}

export { InterviewRoute as Component }
