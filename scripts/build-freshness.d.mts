export type BuildState = 'missing' | 'stale' | 'fresh'
export declare const WEB_SOURCES: readonly string[]
export declare const BUILT_INDEX: string
export declare const SERVER_SOURCES: readonly string[]
export declare const BUILT_SERVER: string
/** 'missing' when `built` does not exist, 'stale' when a source changed after it, 'fresh' otherwise. */
export declare function buildState(root: string, sources: readonly string[], built: string): BuildState
export declare function webBuildState(root: string): BuildState
export declare function serverBuildState(root: string): BuildState
