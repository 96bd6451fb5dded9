// Follows a pending identity verification and moves on by itself when the bank answers.
// Without JavaScript the page offers an "I have finished" button instead.
;(function () {
  'use strict'
  // On a phone "Open Pao Tang" is the way: the QR code for another device folds away (the page
  // serves it open, so that without JavaScript nothing is hidden).
  var other = document.querySelector('[data-other-device="fold"]')
  if (other && window.matchMedia && window.matchMedia('(max-width: 640px)').matches) {
    other.removeAttribute('open')
  }
  var panel = document.querySelector('[data-verification]')
  if (!panel || !window.fetch) return
  var handle = panel.getAttribute('data-verification')
  var delay = 2000
  function poll() {
    fetch('/ekyc/status/' + encodeURIComponent(handle), {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then(function (res) {
        return res.ok ? res.json() : null
      })
      .then(function (body) {
        // 'authenticated' means the bank answered but the phone has not chosen the number yet.
        if (body && (body.status === 'verified' || body.status === 'failed')) {
          window.location.assign(body.continueUrl)
          return
        }
        delay = Math.min(delay * 1.2, 5000)
        setTimeout(poll, delay)
      })
      .catch(function () {
        setTimeout(poll, 5000)
      })
  }
  setTimeout(poll, delay)
})()
