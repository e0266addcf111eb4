/*
 * Form pages (/<locale>/formulare/<slug> and their embed views) are plain
 * HTML forms that post to their own address; the server checks each step and
 * answers with the next page. This script, the only one on a form page, takes
 * the same posts without a page load: it sends the form's data to the same
 * address, puts the new page's form in place of the old one, and moves focus
 * to the error summary or the new heading. A choice that shows or hides a
 * question on the same page asks the server for the page again at once.
 * Any failure falls back to the browser's own post. A few lines of our own
 * rather than Vue or a swapping library (htmx, Turbo): those weigh 15–100 KB
 * gzipped for what a resident on a cheap phone pays here in about 2 KB.
 */
(function (doc, win) {
  var ROOT = '[data-form-root]';
  // One post at a time. What the resident does meanwhile waits in `queued`
  // (a submit wins over a choice) and runs once the page is in place, so no
  // press of a button is lost. The attribute lets tests wait for quiet.
  var busy = false;
  var queued = null;

  function root() {
    return doc.querySelector(ROOT);
  }

  function setBusy(value) {
    busy = value;
    doc.documentElement.toggleAttribute('data-form-busy', value);
  }

  /** Runs what waited for the last post, or ends the busy state. */
  function settle() {
    var next = queued;
    queued = null;
    if (next) {
      next();
    } else {
      setBusy(false);
    }
  }

  /** The form's entries as the browser would post them, with the pressed button. */
  function entries(form, submitter) {
    var data = new FormData(form);
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value);
    }
    return data;
  }

  function hasChosenFile(data) {
    var chosen = false;
    data.forEach(function (value) {
      if (typeof value !== 'string' && value.size > 0) {
        chosen = true;
      }
    });
    return chosen;
  }

  /** The body as the form's own enctype sends it: files only where some were chosen. */
  function body(data, withFiles) {
    if (withFiles && hasChosenFile(data)) {
      return data;
    }
    var plain = new URLSearchParams();
    data.forEach(function (value, name) {
      if (typeof value === 'string') {
        plain.append(name, value);
      }
    });
    return plain;
  }

  /** Where `form` stands among the forms of the form page: its successor stands there too. */
  function formIndex(form) {
    return Array.prototype.indexOf.call(root().querySelectorAll('form'), form);
  }

  /** The input of `form` that stands where `field` stood: same name, and for choices the same value. */
  function twinOf(form, field) {
    var named = form.elements.namedItem(field.name);
    if (!named) {
      return null;
    }
    var list = named.length !== undefined && !named.tagName ? named : [named];
    for (var i = 0; i < list.length; i++) {
      var kind = field.type === 'radio' || field.type === 'checkbox';
      if (list[i].type === field.type && (!kind || list[i].value === field.value)) {
        return list[i];
      }
    }
    return null;
  }

  /**
   * Carries what the resident typed or chose while a choice's page was asked
   * for into the answered page, so the newest answer wins over the server's
   * echo of the older one. A chosen file moves over as it is.
   */
  function carry(from, to) {
    Array.prototype.forEach.call(from.elements, function (field) {
      if (!field.name || /^(hidden|submit|button)$/.test(field.type)) {
        return;
      }
      var twin = twinOf(to, field);
      if (!twin) {
        return;
      }
      if (field.type === 'file') {
        if (field.files && field.files.length) {
          twin.replaceWith(field);
        }
      } else if (field.type === 'radio' || field.type === 'checkbox') {
        twin.checked = field.checked;
      } else if (field.type !== 'select-multiple') {
        twin.value = field.value;
      }
    });
  }

  /** Where focus is inside `scope` (id and caret), to put it on the successor after a swap. */
  function focusIn(scope) {
    var active = doc.activeElement;
    if (!active || !active.id || !scope.contains(active)) {
      return null;
    }
    var caret = typeof active.selectionStart === 'number';
    return {
      id: active.id,
      start: caret ? active.selectionStart : null,
      end: caret ? active.selectionEnd : null,
    };
  }

  function restoreFocus(place) {
    var element = place && doc.getElementById(place.id);
    if (!element) {
      return;
    }
    element.focus();
    if (place.start !== null && typeof element.setSelectionRange === 'function') {
      element.setSelectionRange(place.start, place.end);
    }
  }

  /**
   * Replaces the form page with the one the server answered; false where it
   * holds none. `form` is the form that was posted; `keep` carries its
   * entries over (a choice asked for its page, the resident may have gone on).
   */
  function swap(html, form, keep) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    var incoming = next.querySelector(ROOT);
    var current = root();
    if (!incoming || !current) {
      return false;
    }
    var renders = Number(current.getAttribute('data-renders') || '0') + 1;
    incoming.setAttribute('data-renders', String(renders));
    var placed = doc.importNode(incoming, true);
    var successor = placed.querySelectorAll('form')[formIndex(form)];
    if (keep && successor) {
      carry(form, successor);
    }
    current.replaceWith(placed);
    doc.title = next.title;
    reveal(placed);
    return true;
  }

  /** Makes the print buttons of a confirmation work; without JavaScript they stay hidden. */
  function reveal(scope) {
    scope.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
    });
  }

  /**
   * Posts the form and shows the answer. With `how.keep` (a choice asked for
   * its page) the resident's entries are carried over and focus stays where
   * it is; otherwise focus goes to the error summary or the new heading, as
   * after a page load. `how.fallback` runs where no form page came back.
   */
  function post(form, data, how) {
    var keep = how.keep;
    setBusy(true);
    form.setAttribute('aria-busy', 'true');
    var init = { method: 'POST', body: body(data, !keep), credentials: 'same-origin' };
    fetch(form.action, init)
      .then(function (response) {
        var html = response.headers.get('content-type') || '';
        if (!response.ok || html.indexOf('text/html') !== 0) {
          throw new Error('not a form page');
        }
        return response.text();
      })
      .then(function (html) {
        var focused = focusIn(form);
        if (!swap(html, form, keep)) {
          throw new Error('not a form page');
        }
        var page = root();
        var summary = page.querySelector('[data-testid="error-summary"]');
        if (keep && !summary) {
          restoreFocus(focused);
        } else {
          if (!summary) {
            win.scrollTo(0, 0);
          }
          (summary || page.querySelector('#form-heading')).focus();
        }
        settle();
      })
      .catch(function () {
        form.removeAttribute('aria-busy');
        if (keep) {
          // The choice stays on screen and counts at "continue"; what waited runs now.
          settle();
          return;
        }
        // The CMS or the network failed: the browser posts, and the server shows its page.
        queued = null;
        setBusy(false);
        how.fallback();
      });
  }

  /** The submit button of `form` with the same name and value, to press it again. */
  function buttonLike(form, submitter) {
    if (!submitter) {
      return null;
    }
    for (var i = 0; i < form.elements.length; i++) {
      var element = form.elements[i];
      if (
        element.type === 'submit' &&
        element.name === submitter.name &&
        element.value === submitter.value
      ) {
        return element;
      }
    }
    return null;
  }

  /** Sends `form` as pressed with `submitter` (or submits it without a button). */
  function send(form, submitter) {
    post(form, entries(form, submitter), {
      keep: false,
      fallback: function () {
        form.setAttribute('data-native', '');
        form.requestSubmit(submitter || undefined);
      },
    });
  }

  /** Asks the server for the page of `form` as it is now, for a choice that shows or hides questions. */
  function stay(form) {
    var data = entries(form, null);
    data.delete('_action');
    data.append('_action', 'stay');
    // Files go with "continue" only. Where the page cannot be had, the choice
    // stays on screen and counts at "continue".
    post(form, data, { keep: true, fallback: function () {} });
  }

  /** The form at the same place in the page that is shown once the current post is done. */
  function later(form, run) {
    var index = formIndex(form);
    return function () {
      var now = root() && root().querySelectorAll('form')[index];
      if (now) {
        run(now);
      } else {
        setBusy(false);
      }
    };
  }

  doc.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    // The language buttons post to the other locale's page: a full page in that language.
    var native = form.hasAttribute('data-native');
    if (!form.closest(ROOT) || native || (submitter && submitter.hasAttribute('formaction'))) {
      return;
    }
    event.preventDefault();
    if (busy) {
      queued = later(form, function (now) {
        send(now, buttonLike(now, submitter));
      });
      queued.submits = true;
      return;
    }
    send(form, submitter);
  });

  doc.addEventListener('change', function (event) {
    var input = event.target;
    var form = input.form;
    var kinds = ['radio', 'checkbox', 'select-one'];
    if (!form || !form.closest(ROOT) || kinds.indexOf(input.type) === -1) {
      return;
    }
    var sources = (form.getAttribute('data-condition-sources') || '').split(' ');
    if (sources.indexOf(input.name) === -1) {
      return;
    }
    if (!busy) {
      stay(form);
    } else if (!(queued && queued.submits)) {
      queued = later(form, stay);
    }
  });

  // An error summary's link moves focus to its input, not only the view (GOV.UK).
  doc.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
    var print = event.target.closest && event.target.closest('[data-print]');
    if (print) {
      win.print();
      return;
    }
    var input = link && doc.getElementById(link.getAttribute('href').slice(1));
    if (input) {
      event.preventDefault();
      input.focus();
    }
  });

  var page = root();
  if (page) {
    reveal(page);
    page.setAttribute('data-renders', '0');
  }
})(document, window);
