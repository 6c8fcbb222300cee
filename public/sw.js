// Groeipad service worker: precaches the app shell so the app starts with no network.
// scripts/stamp-sw.sh replaces BUILD and ASSETS on every build, so a new build is a
// new worker: it installs beside the old one and waits until the teacher taps "reload".
const BUILD = "__GROEIPAD_BUILD__";
const ASSETS = ["__GROEIPAD_ASSETS__"];
const CACHE = "groeipad-" + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("groeipad-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Every page of the app is the same shell; the router picks the screen.
    event.respondWith(caches.open(CACHE).then((c) => c.match("/index.html")).then((hit) => hit || fetch(req)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(req)).then((hit) => hit || fetch(req)));
});
