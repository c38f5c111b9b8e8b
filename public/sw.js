// Service worker: keeps the app shell and its data on this computer so the app opens and
// works with the network off. Only ever talks to this site. The release build's
// post-build step fills in the file list and the cache version; a debug build keeps the
// placeholders and caches nothing (so a development server always shows fresh code).
const VERSION = "__FLS_CACHE_VERSION__";
const FILES = ["__FLS_FILES__"];
const CACHE = "fls-toolkit-" + VERSION;
const ENABLED = !VERSION.startsWith("__");

self.addEventListener("install", (event) => {
  if (!ENABLED) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("fls-toolkit-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  if (!ENABLED) return;
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every page is index.html with a hash route: the cached shell of this version answers
    // at once, online or not (a new deployment brings a new worker and cache version).
    event.respondWith(
      caches.match("./index.html").then((cached) => cached || fetch(request))
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
