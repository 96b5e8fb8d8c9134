import { mockPath } from './mock-keys'

/** Where the browser downloads the report as Markdown. */
export const reportMarkdownHref = (id: string) => `${mockPath(id)}/report.md`
