/*
 * Copy buttons of the embed builder (/<locale>/einbetten): reveals each
 * button and copies its snippet's text. Without this script the text areas
 * stay, read-only and selectable. The status line is a live region, so a
 * screen reader hears that the copy worked.
 */
(function (doc) {
  doc.querySelectorAll('[data-copy-snippet]').forEach(function (button) {
    var area = doc.getElementById(button.getAttribute('data-copy-snippet'));
    var status = button.parentNode.querySelector('[role="status"]');
    if (!area) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      function done() {
        status.textContent = button.getAttribute('data-copied');
      }
      function select() {
        area.focus();
        area.select();
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value).then(done, select);
      } else {
        select();
      }
    });
  });
})(document);
