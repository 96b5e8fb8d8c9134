export type Budget = {
  page: string
  routes: string[]
  texts: string[]
  /** The heavy parts (HEAVY_PARTS names) the page needs. */
  uses?: string[]
  /** Its first-load JavaScript at most, in KB of gzip; null: no size budget. */
  maxKB: number | null
}
export type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>
export type BudgetRow = {
  page: string
  bytes: number
  maxKB: number | null
  files: number
  problems: string[]
}
export declare const BUDGETS: readonly Budget[]
export declare const ENTRY: string
export declare const LANGUAGES: readonly string[]
export declare const HEAVY_PARTS: readonly { name: string; test: RegExp }[]
export declare function staticClosure(manifest: Manifest, key: string): Set<string>
export declare function moduleKey(
  manifest: Manifest,
  chunkModules: Record<string, string[]>,
  key: string,
): string
export declare function checkBudgets(input: {
  manifest: Manifest
  chunkModules: Record<string, string[]>
  gzipBytes: (file: string) => number
  budgets?: readonly Budget[]
}): { rows: BudgetRow[]; failures: BudgetRow[] }
export declare function checkBuiltBudgets(distDir: string): boolean
export type PreloadedPage = { page: string; path: string; routes: string[]; texts: string[]; uses?: string[] }
export declare const PRELOADED_PAGES: readonly PreloadedPage[]
export declare const PRELOADS_FILE: string
export declare function stylesheets(manifest: Manifest, keys: string[]): string[]
export declare function pagePreloads(input: {
  manifest: Manifest
  chunkModules: Record<string, string[]>
  pages?: readonly PreloadedPage[]
}): { path: string; files: Record<string, string[]> }[]
