// The console's only script of its own: forms with data-confirm ask before they are sent.
// Everything works without it (and without htmx); it only adds a question before a drastic step.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
