// Kept apart from the analysis so that the shared schema can bound the figures without loading it (and pitchy).

/** A pause worth showing on the map, in milliseconds. */
export const MAP_PAUSE_MS = 500
/** Most pauses and probable fillers kept with an attempt. */
export const MAX_MARKS = 200
/** Pitch spread (standard deviation, semitones) under which a delivery sounds flat. */
export const FLAT_UNDER_SEMITONES = 2
