// How the production server's Node runs: `npm start`, the e2e server and the
// bench all start next-server with these flags and this environment, so what
// is measured is what runs.
//
// V8 sizes its heap for the machine (up to 4 GB of old space on this 23 GiB
// one) and so lets garbage pile up for hundreds of MB before a full
// collection: under load the server's resident memory grew past 500 MB while
// the objects it still used after a full collection were about 60 MB. A
// ceiling makes V8 collect sooner. It must never bound work: the largest
// requests the app accepts at once (two 5 MB imports, each at most 436,906
// JSON values, and two exports streamed a slice at a time; lib/http) need
// about 60 MB of heap over the live 60 to 70 MB, and 256 MB leaves that
// twice over (160 MB left it once, and the server died when requests were
// unbounded). The young generation's semi-spaces are
// halved from V8's 16 MB: short-lived request garbage is scavenged a little
// more often, and up to 24 MB less memory sits reserved.
export const SERVER_NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=8"];

// glibc gives each thread that allocates its own malloc arena (up to eight per
// core), and freed memory stays in the arena it came from: next-server's
// helper threads (V8's garbage collector, libuv's pool compressing responses)
// held 15 to 20 MB more at every point of a load-and-import run than with two
// arenas (peak 273 vs 253 MB, 263 vs 245 MB). Two is the usual production
// setting for servers with many threads; it costs them no measurable speed here.
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" };
