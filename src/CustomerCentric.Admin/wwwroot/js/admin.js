// Progressive enhancement only: every form works without this file.
// Buttons with data-confirm ask before an action that is hard to undo (publish, rollback, revoke, deactivate).
document.addEventListener("submit", (event) => {
  const button = event.submitter;
  const message = button?.dataset.confirm ?? event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
