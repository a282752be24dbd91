// Progressive enhancement only: every page works without JavaScript.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

// The design system's scripts (menus, notification focus), from the webjar whose versioned
// address the layout puts on the script element.
const holder = document.querySelector('script[data-govuk-frontend]');
if (holder && holder.dataset.govukFrontend) {
    import(holder.dataset.govukFrontend).then((frontend) => frontend.initAll());
}
