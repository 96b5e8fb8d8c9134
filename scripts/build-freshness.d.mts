export declare const WEB_SOURCES: readonly string[]
export declare const BUILT_INDEX: string
/** 'missing' when there is no build, 'stale' when a source changed after it, 'fresh' otherwise. */
export declare function webBuildState(root: string): 'missing' | 'stale' | 'fresh'
