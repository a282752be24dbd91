// Progressive enhancement only: every page works without JavaScript.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

// The design system's scripts (menus, notification focus), from the webjar whose versioned
// address the layout puts on the script element.
const holder = document.querySelector('script[data-govuk-frontend]');
if (holder && holder.dataset.govukFrontend) {
    import(holder.dataset.govukFrontend).then((frontend) => frontend.initAll());
}

// Tables people add rows to (supply-chain inputs): "Add a row" copies the last row, empty, with
// the next index in its field names. Without JavaScript the form offers spare rows instead.
document.querySelectorAll('[data-add-row]').forEach((button) => {
    const table = document.getElementById(button.dataset.addRow);
    if (!table) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', () => {
        const rows = table.tBodies[0].rows;
        const last = rows[rows.length - 1];
        const next = last.cloneNode(true);
        const index = rows.length;
        next.querySelectorAll('input, select, label').forEach((field) => {
            for (const attr of ['name', 'id', 'for']) {
                const value = field.getAttribute(attr);
                if (value) {
                    field.setAttribute(attr, value.replace(/\[\d+\]/, `[${index}]`).replace(/-\d+$/, `-${index}`));
                }
            }
            // The label is translated ("Input 3: Tier", "第 3 项投入：层级"); its first number is the row's.
            const label = field.getAttribute('aria-label');
            if (label) {
                field.setAttribute('aria-label', label.replace(/\d+/, String(index + 1)));
            }
            if (field.tagName === 'INPUT') {
                field.value = '';
                field.classList.remove('govuk-input--error');
            }
        });
        next.querySelectorAll('.govuk-error-message').forEach((e) => e.remove());
        const number = next.querySelector('[data-row-number]');
        if (number) {
            number.textContent = String(index + 1);
        }
        last.after(next);
        next.querySelector('input')?.focus();
    });
});

// A running bulk upload: every second, fetch the page again and swap in its job region, until the
// job has finished. Without JavaScript the page reloads itself (a meta refresh in <noscript>).
const bulkJob = document.querySelector('[data-bulk-job]');
if (bulkJob) {
    const refresh = async () => {
        try {
            const response = await fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
            if (!response.ok) {
                return true;
            }
            const page = new DOMParser().parseFromString(await response.text(), 'text/html');
            const fresh = page.getElementById('bulk-job');
            const current = document.getElementById('bulk-job');
            if (!fresh || !current) {
                return false;
            }
            current.innerHTML = fresh.innerHTML;
            return fresh.hasAttribute('data-bulk-job');
        } catch (e) {
            return true;
        }
    };
    const tick = async () => {
        if (await refresh()) {
            window.setTimeout(tick, 1000);
        }
    };
    window.setTimeout(tick, 1000);
}
