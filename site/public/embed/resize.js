// nice-pick viewer: the resize snippet for the page that embeds the viewer in an iframe.
//   <iframe src="https://…/embed/#c=…" title="…" style="width: 100%; border: 0"></iframe>
//   <script src="https://…/embed/resize.js" async></script>
// The viewer posts { type: 'nice-pick:height', height } whenever its card's height changes; this
// sets that height on the iframe it came from. It listens only to messages from the viewer's own
// origin (the origin this script was loaded from) and from a frame of this page: anything else is
// ignored. A classic script with no inline code, so it works under a strict CSP (script-src for
// its origin; it sets the height through the CSSOM, which style-src does not restrict).
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'nice-pick:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
