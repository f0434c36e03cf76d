// Loaded first by the blank pages of the studio export test (POST /__site__/page): once the page's
// <nice-pick> has drawn its card, it posts what a reader sees (title, option names, the pick) to
// the test page that framed it, which is on another origin and cannot read this page itself; for
// a page with an iframe (the iframe snippet), it posts the iframe's height whenever it changes.
(function () {
  var text = function (node) {
    return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
  };
  var lastHeight = '';
  var poll = setInterval(function () {
    var card = document.querySelector('nice-pick');
    var root = card && card.shadowRoot;
    if (root && root.querySelector('[part~=title]')) {
      clearInterval(poll);
      var names = [];
      root.querySelectorAll('[part~=option-name]').forEach(function (n) { names.push(text(n)); });
      parent.postMessage({ type: 'card', title: text(root.querySelector('[part~=title]')), options: names, pick: text(root.querySelector('[part~=hero-name]')) }, '*');
    }
    var frame = document.querySelector('iframe');
    if (frame && frame.style.height !== lastHeight) {
      lastHeight = frame.style.height;
      parent.postMessage({ type: 'iframe-height', height: lastHeight }, '*');
    }
  }, 50);
})();
