// The service worker that lets the page open with no network (on a plane, on a locked-down
// network). scripts/service_worker.py writes dist/sw.js as BUILD and ASSETS, taken from the
// built site, followed by this file; BUILD changes with any byte of the site, so a new
// deploy installs a new cache and this worker deletes the old ones.
//
// Requests are answered from the network first, and from the cache only when the network
// fails, so a page that is online is never stale (nor is `make serve` after a rebuild).
// Files whose names carry Trunk's content hash never change: those come from the cache.
const SCOPE = self.registration.scope;
// Caches are per origin, and GitHub Pages serves many sites on one origin: the scope in
// the name keeps this site's caches apart from another's.
const PREFIX = `communique ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
const PAGE = new URL('./index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(ASSETS.map((path) => new Request(new URL(path, SCOPE), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(HASHED.test(new URL(request.url).pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  return (await caches.match(request, { cacheName: CACHE })) ?? fetch(request);
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    // Any address inside the site is the page (a query or a fragment changes nothing).
    const key = request.mode === 'navigate' ? PAGE : request;
    const hit = await caches.match(key, { cacheName: CACHE, ignoreSearch: true });
    if (hit) return hit;
    throw offline;
  }
}
