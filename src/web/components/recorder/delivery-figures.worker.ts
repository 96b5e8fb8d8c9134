/**
 * A take's figures, off the page's main thread (figures-desk.ts). Both steps took the page's main thread before
 * (half a second at the end of a two-minute take with the processor slowed four times). The samples come
 * transferred.
 */
import { type FiguresReply, type FiguresRequest, figuresDesk } from './figures-desk'

type Scope = {
  addEventListener: (type: 'message', listener: (event: MessageEvent<FiguresRequest>) => void) => void
  postMessage: (message: FiguresReply) => void
}

const scope = globalThis as unknown as Scope
const answer = figuresDesk((message) => scope.postMessage(message))
scope.addEventListener('message', ({ data }) => answer(data))
