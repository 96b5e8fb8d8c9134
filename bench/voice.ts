// `npm run bench:voice`: the on-device delivery analysis as a person gets it, in Debian's Chromium on the built app.
// About two minutes of French speech with pauses (espeak-ng and sox, eval/voice/make-audio.ts) is recorded once
// through Chromium's fake microphone with the app's MediaRecorder settings (WebM/Opus, 64 kbit/s), then analysed by
// the built delivery-analysis chunk itself (`analyzeTake`: Web Audio decoding, the Silero detector on onnxruntime-web's
// WebAssembly, src/domain/voice), imported by its URL in a page of the app (e2e/support/delivery-in-page.ts).
// Prints: the time from the recording (a Blob) to the figures, first in a new page (the chunk, model and WebAssembly
// fetched and compiled) then the median of ANALYSIS_RUNS in the same page (target < 1 s); where that time goes (a
// CPU profile of one run, and the figures' arithmetic alone in Node); what the page downloads for it (each file raw
// and as served, with its encoding); that welcome and Home download none of it; and the answer analyzer's speed on
// 300-word spoken transcripts, from bench/analyzer.ts. Asserts nothing; give the load average with the figures.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { type Browser, type BrowserContext, type BrowserServer, chromium, type Page } from 'playwright-core'
import {
  analyzeInPage,
  deliveryChunkPath,
  type PageAnalysis,
  prepareInPage,
  WEB_ASSETS,
} from '../e2e/support/delivery-in-page'
import { type MadeAudio, makeAudio, type Piece } from '../eval/voice/make-audio'
import { analyzeDelivery } from '../src/domain/voice/delivery'
import { demoFr } from '../src/server/seed/demo-fr'
import { DEMO_PASSWORD } from '../src/server/seed/seed'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, startBuiltDemoApp } from './support'

const root = path.resolve(import.meta.dirname, '..')
const ANALYSIS_RUNS = Number(process.env.ANALYSIS_RUNS ?? 7)
/** What the analysis loads, by file name: its chunks, the runtime's loader, the WebAssembly and the model. */
const ANALYSIS_FILES =
  /(delivery-analysis|delivery-(figures|speech)\.worker|voice-analysis|ort-wasm|silero_vad)[\w-]*\.(js|mjs|wasm|onnx)$/

// An interview answer in French, said at 160 words a minute, with pauses from 0.4 to 2.5 s between sentences.
const SENTENCES = [
  'Lors de mon dernier poste, j’ai repris un projet informatique qui avait trois mois de retard.',
  'L’équipe était fatiguée, le client inquiet, et personne ne savait vraiment ce qui restait à faire.',
  'J’ai d’abord rencontré chaque développeur pour comprendre où en était son travail.',
  'Ensuite, nous avons fait ensemble la liste de tout ce qui bloquait la livraison.',
  'J’ai proposé au client de livrer en deux temps, avec les fonctions essentielles en premier.',
  'Il a accepté, à condition de voir une démonstration toutes les deux semaines.',
  'Nous avons donc organisé des revues régulières, courtes, avec des objectifs précis.',
  'Au bout de six semaines, la première version fonctionnait chez le client.',
  'La seconde a suivi un mois plus tard, sans dépassement de budget.',
  'Le client a renouvelé son contrat pour deux ans, et l’équipe a retrouvé confiance.',
  'Ce que j’en retiens, c’est qu’il faut écouter avant de planifier.',
  'Aujourd’hui, je commence chaque projet difficile par ces entretiens individuels.',
]
const PAUSES = [0.6, 1.2, 0.4, 2.0, 0.8, 1.5, 2.5, 0.5, 1.1, 0.7, 1.8]

function answerPieces(): Piece[] {
  const pieces: Piece[] = []
  for (let round = 0; round < 2; round++) {
    SENTENCES.forEach((say, i) => {
      if (pieces.length > 0) pieces.push({ silence: PAUSES[(i + round * 5) % PAUSES.length] as number })
      pieces.push({ say, voice: 'fr', wpm: 160 })
    })
  }
  return pieces
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`
const ms = (n: number) => `${Math.round(n)} ms`
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Processor time (user and system, ms) of a process and all its descendants: the browser's, whatever the load. */
function treeCpuMs(rootPid: number): number {
  const procs = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        // utime and stime, and those of its children that have ended (cutime, cstime).
        const ticks = [11, 12, 13, 14].reduce((sum, k) => sum + Number(fields[k]), 0)
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks }]
      } catch {
        return []
      }
    })
  const inTree = new Set([rootPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of procs)
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid)
        grew = true
      }
  }
  const ticks = procs.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0)
  return (ticks * 1000) / CLOCK_TICKS
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/** The made speech recorded as the app records it: Chromium's fake microphone, MediaRecorder WebM/Opus at 64 kbit/s. */
async function recordThroughMicrophone(baseURL: string, speech: MadeAudio, dir: string): Promise<Uint8Array> {
  const wav48k = path.join(dir, 'microphone.wav')
  spawnSync('sox', [speech.file, '-r', '48000', '-c', '1', '-b', '16', wav48k])
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_FLAGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav48k}`,
    ],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${baseURL}/`)
    const seconds = speech.samples.length / speech.sampleRate
    console.log(`Recording ${seconds.toFixed(1)} s through the fake microphone (real time)…`)
    // As text: this file is type-checked for Node, without the DOM's types.
    const base64 = await page.evaluate<string>(`(async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
      const recorder = new MediaRecorder(stream, { mimeType: 'audio/webm;codecs=opus', audioBitsPerSecond: 64000 })
      const chunks = []
      recorder.ondataavailable = (event) => chunks.push(event.data)
      const stopped = new Promise((resolve) => { recorder.onstop = resolve })
      recorder.start(1000)
      await new Promise((resolve) => setTimeout(resolve, ${Math.round(seconds * 1000)}))
      recorder.stop()
      await stopped
      for (const track of stream.getTracks()) track.stop()
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer())
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    })()`)
    return new Uint8Array(Buffer.from(base64, 'base64'))
  } finally {
    await browser.close()
  }
}

type Download = { file: string; encoding: string; servedBytes: number; rawBytes: number }

/** The first analysis in a new page of the app: its time, and each file the page fetched for it. */
async function firstAnalysis(
  context: BrowserContext,
  browserPid: number,
  baseURL: string,
  chunk: string,
  audio: Uint8Array,
  type: string,
) {
  const page = await context.newPage()
  await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' })
  // Playwright's request events, not the page's own CDP session: they include the workers' requests (the
  // detector's worker fetches the model and the WebAssembly).
  const downloads: Promise<Download>[] = []
  page.on('requestfinished', (request) => {
    downloads.push(
      (async () => {
        const [sizes, headers] = await Promise.all([
          request.sizes(),
          request.response().then((r) => r?.allHeaders()),
        ])
        const file = new URL(request.url()).pathname.split('/').pop() ?? ''
        const encoding = headers?.['content-encoding'] || 'none'
        const size = (name: string) =>
          statSync(path.join(WEB_ASSETS, name), { throwIfNoEntry: false })?.size ?? 0
        // The body as the server sends it: the precompressed file for that encoding (a worker's request
        // reports no body size of its own).
        const body =
          encoding === 'br' ? size(`${file}.br`) : encoding === 'gzip' ? size(`${file}.gz`) : size(file)
        return { file, encoding, servedBytes: body + sizes.responseHeadersSize, rawBytes: size(file) }
      })(),
    )
  })
  const cpuBefore = treeCpuMs(browserPid)
  const result = await analyzeInPage(page, chunk, audio, type)
  const cpuMs = treeCpuMs(browserPid) - cpuBefore
  return { page, result, cpuMs, downloads: await Promise.all(downloads) }
}

/** Self time of one analysis by what ran, from a CPU profile of the page's main thread. */
async function profileRun(
  context: BrowserContext,
  page: Page,
  chunk: string,
  audio: Uint8Array,
  type: string,
) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
  await cdp.send('Profiler.start')
  const result = await analyzeInPage(page, chunk, audio, type)
  const { profile } = await cdp.send('Profiler.stop')
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const spent = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame
    const url = frame?.url ?? ''
    const name = frame?.functionName ?? ''
    const kind = /\.wasm$|^wasm:/.test(url)
      ? 'WebAssembly (the Silero model, here only where its worker cannot start)'
      : /voice-analysis-/.test(url)
        ? name === 'stream'
          ? "vad-web's resampler, sample by sample"
          : /transform|nsdf/i.test(name)
            ? 'pitch (pitchy and its FFT)'
            : 'the rest of the voice-analysis chunk (figures; onnxruntime JS)'
        : name === '(garbage collector)'
          ? 'garbage collection'
          : name === '(idle)'
            ? 'idle (waiting: decoding runs on another thread)'
            : name === '(program)'
              ? 'the browser itself (program)'
              : 'other scripts'
    spent.set(kind, (spent.get(kind) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  })
  return { result, spent: [...spent].sort((a, b) => b[1] - a[1]) }
}

/**
 * How much the page stops answering while the analysis readies (a recording has just started: the level meter
 * moves, Stop must answer) and while it analyses a take, in a new page with its main thread slowed `slowdown`
 * times (Chromium's CPU throttling slows the page's main thread; workers keep this machine's speed): the longest
 * task on the main thread and the longest time between two painted frames, in ms.
 */
async function responsiveness(
  browser: Browser,
  baseURL: string,
  chunk: string,
  audio: Uint8Array,
  type: string,
  slowdown: number,
) {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
    // As text: in a function, the test runner's loader would rewrite `import()`.
    const url = JSON.stringify(new URL(chunk, page.url()).href)
    await page.evaluate(`window.__rebondWatch = async (work) => {
      const tasks = []
      const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration) })
      observer.observe({ type: 'longtask' })
      let worstGap = 0, last = performance.now(), painting = true
      const frame = (t) => { worstGap = Math.max(worstGap, t - last); last = t; if (painting) requestAnimationFrame(frame) }
      requestAnimationFrame(frame)
      const started = performance.now()
      await work()
      const ms = performance.now() - started
      await new Promise((resolve) => setTimeout(resolve, 200))
      painting = false
      observer.disconnect()
      return { ms, longestTask: Math.max(0, ...tasks), worstGap }
    }
    window.__rebondChunk = import(${url})`)
    type Watched = { ms: number; longestTask: number; worstGap: number }
    const readying = await page.evaluate<Watched>(
      'window.__rebondWatch(async () => (await window.__rebondChunk).prepareAnalysis())',
    )
    const analysing = await page.evaluate(
      async ({ base64, type }) => {
        const binary = atob(base64)
        const bytes = new Uint8Array(binary.length)
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
        const w = globalThis as unknown as {
          __rebondWatch: (work: () => Promise<unknown>) => Promise<Watched>
          __rebondChunk: Promise<{ analyzeTake: (audio: Blob) => Promise<unknown> }>
        }
        const { analyzeTake } = await w.__rebondChunk
        return w.__rebondWatch(() => analyzeTake(new Blob([bytes], { type })))
      },
      { base64: Buffer.from(audio).toString('base64'), type },
    )
    return { readying, analysing }
  } finally {
    await context.close()
  }
}

/** The analysis files a page fetched while it opened and settled (none expected on welcome and Home). */
async function analysisFilesOn(browser: Browser, baseURL: string, pathname: string, signedIn: boolean) {
  const context = await browser.newContext({ locale: 'fr-FR' })
  if (signedIn) {
    const response = await context.request.post(`${baseURL}/api/auth/login`, {
      data: { email: demoFr.email, password: DEMO_PASSWORD },
      headers: { origin: baseURL },
    })
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`)
  }
  const page = await context.newPage()
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto(`${baseURL}${pathname}`, { waitUntil: 'networkidle' })
  await page.locator('main h1').first().waitFor()
  await page.waitForTimeout(500)
  await context.close()
  return { all: fetched.length, analysis: fetched.filter((p) => ANALYSIS_FILES.test(p)) }
}

function printDownloads(downloads: Download[]) {
  console.log('\nWhat the page downloads for the analysis (a new page on welcome, nothing cached):')
  console.log('  file                                       raw          served       encoding')
  let raw = 0
  let served = 0
  for (const d of downloads) {
    raw += d.rawBytes
    served += d.servedBytes
    console.log(
      `  ${d.file.padEnd(43)}${kb(d.rawBytes).padEnd(13)}${kb(d.servedBytes).padEnd(13)}${d.encoding}`,
    )
  }
  console.log(
    `  ${'total'.padEnd(43)}${kb(raw).padEnd(13)}${kb(served).padEnd(13)}(served: bytes on the wire, headers included)`,
  )
  const onDisk = (suffix: string) =>
    downloads.map(
      (d) => statSync(path.join(WEB_ASSETS, d.file + suffix), { throwIfNoEntry: false })?.size ?? 0,
    )
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0)
  console.log(
    `  precompressed in dist/web/assets: gzip ${kb(sum(onDisk('.gz')))}, brotli ${kb(sum(onDisk('.br')))} (brotli for the scripts only; the WebAssembly and model are gzip only)`,
  )
}

/** The transcript line of bench/analyzer.ts, which measures it: not measured twice. */
function analyzerOnTranscripts() {
  console.log('\nAnswer analyzer on one core (bench/analyzer.ts, run now):')
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/analyzer.ts')], {
    cwd: root,
    encoding: 'utf8',
  })
  const lines = run.stdout.split('\n').filter((line) => /^300-word (answers|transcripts)/.test(line))
  for (const line of lines) console.log(`  ${line}`)
  if (lines.length === 0)
    console.log(`  bench/analyzer.ts printed no 300-word line:\n${run.stdout}${run.stderr}`)
}

/** Times `runs` analyses of `audio` in `page`: elapsed in the page, and the browser's processor time. */
async function timeRuns(
  server: BrowserServer,
  page: Page,
  chunk: string,
  audio: Uint8Array,
  type: string,
  runs: number,
) {
  const elapsed: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const before = treeCpuMs(server.process().pid ?? 0)
    elapsed.push((await analyzeInPage(page, chunk, audio, type)).ms)
    cpu.push(treeCpuMs(server.process().pid ?? 0) - before)
  }
  return { elapsed, cpu }
}

const list = (times: readonly number[]) => times.map((t) => Math.round(t)).join(', ')

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'rebond-bench-voice-'))
  const app = await startBuiltDemoApp('rebond-bench-voice-app-')
  const { baseURL } = app
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  const browser = await chromium.connect(server.wsEndpoint())
  const pid = server.process().pid ?? 0
  try {
    const speech = makeAudio(dir, answerPieces())
    const wav = new Uint8Array(readFileSync(speech.file))
    const webm = await recordThroughMicrophone(baseURL, speech, dir)
    const chunk = deliveryChunkPath()
    console.log(
      `\nLoad average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(
          ', ',
        )} on ${os.cpus().length} cores (other work shares them); Chromium ${browser.version()}; ${chunk}`,
    )
    console.log(
      `Audio: ${(speech.samples.length / speech.sampleRate).toFixed(1)} s of French, ${
        speech.spans.filter((s) => 'silence' in s.piece).length
      } pauses; recorded WebM/Opus ${kb(webm.length)}, the made WAV (16 kHz) ${kb(wav.length)}`,
    )

    // The service worker would fetch the app's files into its cache in the middle of the measure: kept out.
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const first = await firstAnalysis(context, pid, baseURL, chunk, webm, 'audio/webm')
    const describe = (r: PageAnalysis) =>
      `source ${r.figures.source}${r.vadError ? ` (detector failed: ${r.vadError})` : ''}, ${r.figures.pauses.length} pauses on the map, ${r.figures.wpmLow}–${r.figures.wpmHigh} words/min, pitch variation ${r.figures.pitchVariationSemitones} st`
    console.log(
      "\nTime from the recording (a Blob) to the figures, elapsed (and the browser's processor time):",
    )
    console.log(
      `  first take in a new page: ${ms(first.result.importMs + first.result.ms)} (${ms(first.cpuMs)}): chunks imported in ${ms(first.result.importMs)}, then ${ms(first.result.ms)} with the model and WebAssembly fetched and compiled; ${describe(first.result)}`,
    )
    // As a person gets it: the detector is readied when the recording starts (use-delivery.ts), so unless the
    // take is shorter than that, the first take's figures wait only for its own analysis. A new context: nothing cached.
    const fresh = await browser.newContext({ serviceWorkers: 'block' })
    const prepared = await fresh.newPage()
    await prepared.goto(`${baseURL}/`, { waitUntil: 'networkidle' })
    const readyMs = await prepareInPage(prepared, chunk)
    const afterReady = await analyzeInPage(prepared, chunk, webm, 'audio/webm')
    await fresh.close()
    console.log(
      `  first take in a new page, the detector readied as the recording starts: ${ms(afterReady.ms)} after the recording stops (readying took ${ms(readyMs)} from the start of the recording)`,
    )
    for (const [label, audio, type] of [
      ['recorded WebM/Opus', webm, 'audio/webm'],
      ['made WAV, 16 kHz', wav, 'audio/wav'],
    ] as const) {
      const { elapsed, cpu } = await timeRuns(server, first.page, chunk, audio, type, ANALYSIS_RUNS)
      console.log(
        `  next takes, ${label}: median ${ms(median(elapsed))} (${ms(median(cpu))}) over ${ANALYSIS_RUNS}; in order ${list(elapsed)} ms (${list(cpu)}) (target < 1 s)`,
      )
    }
    console.log(
      '\nThe page while the analysis readies (a recording starts) and while it analyses the take: its longest task and the longest wait between two painted frames (the level meter), in a new page:',
    )
    for (const slowdown of [1, 4]) {
      const { readying, analysing } = await responsiveness(
        browser,
        baseURL,
        chunk,
        webm,
        'audio/webm',
        slowdown,
      )
      const show = (w: { ms: number; longestTask: number; worstGap: number }) =>
        `${ms(w.ms)} in all, longest task ${ms(w.longestTask)}, longest between frames ${ms(w.worstGap)}`
      console.log(
        `  main thread ${slowdown === 1 ? 'at this machine’s speed' : `slowed ${slowdown}× (a modest phone; workers not slowed)`}:\n    readying: ${show(readying)}\n    analysing: ${show(analysing)}`,
      )
    }
    const profiled = await profileRun(context, first.page, chunk, webm, 'audio/webm')
    console.log(`  where one take's ${ms(profiled.result.ms)} go (the page's main thread, sampled):`)
    for (const [kind, spent] of profiled.spent) console.log(`    ${kind.padEnd(66)}${ms(spent)}`)
    const spans = speech.spans
      .filter((s) => 'say' in s.piece)
      .map((s) => ({ startMs: s.startMs, endMs: s.endMs }))
    const arithmetic: number[] = []
    for (let i = 0; i < 5; i++) {
      const before = process.cpuUsage()
      analyzeDelivery(speech.samples, speech.sampleRate, { speech: spans })
      const spent = process.cpuUsage(before)
      arithmetic.push((spent.user + spent.system) / 1000)
    }
    console.log(
      `  the figures' arithmetic alone (src/domain/voice analyzeDelivery, the same 16 kHz samples and spans, in Node): median ${ms(median(arithmetic))} of processor time over 5`,
    )
    printDownloads(first.downloads)
    await context.close()

    const sw = readFileSync(path.join(WEB_ASSETS, '..', 'sw.js'), 'utf8')
    const precached = [...sw.matchAll(/"url":"assets\/([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((f) => ANALYSIS_FILES.test(f))
    console.log(
      '\nLoaded on pages that do not record? (every request of a first visit, until the network is idle)',
    )
    for (const [name, pathname, signedIn] of [
      ['welcome', '/', false],
      ['Home', '/home', true],
    ] as const) {
      const seen = await analysisFilesOn(browser, baseURL, pathname, signedIn)
      console.log(
        `  ${name.padEnd(8)} ${seen.all} requests, analysis files: ${seen.analysis.length === 0 ? 'none' : seen.analysis.join(', ')}`,
      )
    }
    console.log(
      `  of these files, the service worker precaches (in the background, once installed): ${precached.length === 0 ? 'none' : precached.join(', ')}`,
    )
  } finally {
    await browser.close()
    await server.close()
    await app.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  analyzerOnTranscripts()
}

await main()
