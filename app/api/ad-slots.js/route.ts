// The Google Publisher Tag adapter's own code, served from this site (so 'self' covers it): it defines a GPT slot for
// every box the server rendered with `data-ad-unit` (site.yml `ads.network`), with the box's sizes, the phone size
// below 40rem as the CSS does, and asks GPT to fill them. The boxes already have their size, so nothing moves.
const SCRIPT = `(function () {
  window.googletag = window.googletag || { cmd: [] };
  window.googletag.cmd.push(function () {
    // Read when GPT runs the command: whichever script loads first, the object GPT finally leaves is the one to use.
    var g = window.googletag;
    var boxes = Array.prototype.slice.call(document.querySelectorAll('[data-ad-unit]'));
    boxes.forEach(function (box) {
      var sizes = box.getAttribute('data-ad-sizes').split(',').map(function (s) { return s.split('x').map(Number); });
      var slot = g.defineSlot(box.getAttribute('data-ad-unit'), sizes, box.id);
      if (!slot) return;
      if (sizes.length > 1) slot.defineSizeMapping(g.sizeMapping().addSize([640, 0], [sizes[0]]).addSize([0, 0], [sizes[1]]).build());
      slot.addService(g.pubads());
    });
    g.pubads().enableSingleRequest();
    g.enableServices();
    boxes.forEach(function (box) { g.display(box.id); });
  });
})();
`;

/** `/api/ad-slots.js`: the GPT adapter's bootstrap (pages include it only when site.yml names an ad network). */
export function GET() {
  return new Response(SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
