import '@/app/styles.css';

// Draw first, then load. A prerendered page (data-route on #root) is complete HTML with its CSS
// inline: the app's JavaScript is fetched only after the browser has painted it, so on a slow
// network nothing competes with the first paint. Links are plain hash links and work meanwhile.
function start() {
  void import('@/app/boot');
}

// A stale page (its hash names another screen, see scripts/prerender-plugin.ts) shows nothing until
// the app runs, so the app starts at once.
const prerendered = document.getElementById('root')?.dataset.route !== undefined;
if (!prerendered || document.documentElement.dataset.stale !== undefined) start();
else requestAnimationFrame(() => setTimeout(start, 0));
