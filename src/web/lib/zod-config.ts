import { z } from 'zod'

// zod compiles object parsers with `new Function` unless told not to, after probing whether it may:
// under the app's CSP (no 'unsafe-eval') that probe is a CSP violation the browser reports each load.
z.config({ jitless: true })
