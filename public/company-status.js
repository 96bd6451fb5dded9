// The company's status page follows its directors' verifications and reloads when one changes.
// Without JavaScript the page offers a "check now" link instead.
;(function () {
  'use strict'
  var el = document.querySelector('[data-status-poll]')
  if (!el || !window.fetch) return
  var url = el.getAttribute('data-status-poll')
  var shown = el.getAttribute('data-status-state')
  var delay = 3000
  // Half an hour of waiting is enough: a page left open does not poll for ever.
  var stopAt = Date.now() + 30 * 60 * 1000
  function poll() {
    if (Date.now() > stopAt) return
    fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        return res.ok ? res.json() : null
      })
      .then(function (body) {
        if (body && body.state && body.state !== shown) {
          window.location.reload()
          return
        }
        delay = Math.min(delay * 1.3, 15000)
        setTimeout(poll, delay)
      })
      .catch(function () {
        setTimeout(poll, 15000)
      })
  }
  setTimeout(poll, delay)
})()
