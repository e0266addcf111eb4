/*
 * Teilhabe embed views: tells the host page how tall this page is, so that its
 * script (teilhabe.js) can size the iframe, and asks it to bring the frame into
 * view when focus moves to a new step's heading or an error summary. Sends
 * height and title only, no content; every page may read them. Protocol v1.
 */
(function (doc, win) {
  if (win.parent === win) {
    return;
  }
  function post(reveal) {
    win.parent.postMessage(
      {
        teilhabe: 1,
        height: Math.ceil(doc.documentElement.getBoundingClientRect().height),
        title: doc.title,
        reveal: reveal === true,
      },
      '*'
    );
  }
  new ResizeObserver(function () {
    post(false);
  }).observe(doc.documentElement);
  // Headings and error summaries take focus (tabindex="-1") only after a step.
  doc.addEventListener('focusin', function (event) {
    if (event.target.getAttribute && event.target.getAttribute('tabindex') === '-1') {
      post(true);
    }
  });
  // Browsers ignore `autofocus` in a frame from another site; an error
  // summary after a post without JavaScript is focused here instead.
  var first = doc.querySelector('[autofocus]');
  if (first) {
    first.focus();
  }
  post(Boolean(first));
})(document, window);
