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
      buttons.forEach(function (b) {
        b.setAttribute('aria-disabled', 'true')
      })
    }, 0)
    setTimeout(function () {
      form.dataset.submitting = 'false'
      buttons.forEach(function (b) {
        b.removeAttribute('aria-disabled')
      })
    }, 10000)
  })
})()

// Conditional fields (e.g. another mailing address) show only when their choice is selected.
// Without JavaScript every field is shown, and the server ignores the ones not needed.
;(function () {
  'use strict'
  var blocks = document.querySelectorAll('[data-show-when]')
  blocks.forEach(function (block) {
    var rule = block.getAttribute('data-show-when').split('=')
    var radios = document.querySelectorAll('input[type="radio"][name="' + rule[0] + '"]')
    function update() {
      var chosen = document.querySelector('input[type="radio"][name="' + rule[0] + '"]:checked')
      block.hidden = !chosen || chosen.value !== rule[1]
    }
    radios.forEach(function (r) {
      r.addEventListener('change', update)
    })
    update()
  })
})()

// Warn two minutes before an idle session ends and let the user extend it. Nothing typed is
// lost either way: every step is saved on the server.
;(function () {
  'use strict'
  var dialog = document.querySelector('[data-session-idle-ms]')
  if (!dialog || !window.fetch) return
  var idle = Number(dialog.getAttribute('data-session-idle-ms'))
  var warnAfter = Math.max(idle - 2 * 60 * 1000, 1000)
  var timer
  var lastFocus
  function schedule() {
    clearTimeout(timer)
    timer = setTimeout(function () {
      lastFocus = document.activeElement
      dialog.hidden = false
      dialog.querySelector('[data-extend-session]').focus()
    }, warnAfter)
  }
  dialog.querySelector('[data-extend-session]').addEventListener('click', function () {
    fetch('/session/extend', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'csrf-token': dialog.getAttribute('data-csrf'), accept: 'application/json' },
    }).then(function () {
      dialog.hidden = true
      if (lastFocus && lastFocus.focus) lastFocus.focus()
      schedule()
    })
  })
  schedule()
})()
