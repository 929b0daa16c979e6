// Registers the service worker (sw.js, which the build writes) so the page opens with no
// network. A file of its own because the page's CSP allows no inline script; registered
// once the page has loaded, so caching the site never slows its first showing.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' })
      .catch((error) => console.warn('Communiqué will not work offline:', error));
  });
}
