// Progressive enhancement only: every page works without this file.
;(function () {
  'use strict'
  // Focus the error summary so that screen-reader users hear the problems first.
  var summary = document.querySelector('[data-error-summary]')
  if (summary) summary.focus()

  // Double-submit protection: a form is sent once; the button is re-enabled after 10 s in case
  // the network dropped the first attempt (the server is idempotent anyway).
  document.addEventListener('submit', function (event) {
    var form = event.target
    if (!(form instanceof HTMLFormElement)) return
    if (form.dataset.submitting === 'true') {
      event.preventDefault()
      return
    }
    form.dataset.submitting = 'true'
    var buttons = form.querySelectorAll('[data-prevent-double-click]')
    setTimeout(function () {
      buttons.forEach(function (b) { b.setAttribute('aria-disabled', 'true') })
    }, 0)
    setTimeout(function () {
      form.dataset.submitting = 'false'
      buttons.forEach(function (b) { b.removeAttribute('aria-disabled') })
    }, 10000)
  })
})()
