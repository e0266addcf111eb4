/*! Teilhabe embed v1 | MIT | sizes the portal's iframes to their content */
(function (doc, win) {
  var script = doc.currentScript;
  var origin = new URL(script.src).origin;
  var locales = ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru'];
  var hostLang = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  function reveal(frame) {
    var top = frame.getBoundingClientRect().top;
    if (top < 0 || top > win.innerHeight) {
      frame.scrollIntoView();
    }
  }
  doc.querySelectorAll('[data-teilhabe-embed]').forEach(function (element) {
    var frame = element;
    var url = new URL(element.getAttribute('href') || element.getAttribute('src'), origin);
    var lang = element.getAttribute('data-lang') || hostLang;
    var loads = 0;
    if (url.origin !== origin) {
      return;
    }
    if (locales.indexOf(lang) >= 0) {
      url.pathname = url.pathname.replace(/^\/[a-z]{2}\//, '/' + lang + '/');
    }
    if (element.tagName !== 'IFRAME') {
      frame = doc.createElement('iframe');
      frame.title = element.textContent.trim();
      frame.loading = 'lazy';
      element.replaceWith(frame);
    }
    if (frame.src !== url.href) {
      frame.src = url.href;
    }
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.minHeight = '20rem';
    // A page loaded after the first is a step the visitor took inside the frame.
    frame.addEventListener('load', function () {
      if (loads++) {
        reveal(frame);
      }
    });
    win.addEventListener('message', function (event) {
      var data = event.data;
      if (
        event.origin !== origin ||
        event.source !== frame.contentWindow ||
        !data ||
        data.teilhabe !== 1
      ) {
        return;
      }
      if (data.height > 0 && data.height < 1e5) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
      if (typeof data.title === 'string' && data.title) {
        frame.title = data.title;
      }
      if (data.reveal) {
        reveal(frame);
      }
    });
  });
})(document, window);
