// The SMART assistant as the drafter types: after a pause, the text (with the State under review and
// the recommending State it is proposed for) goes to /upr/smart-check and the findings it answers
// replace the ones under the field. Advice only; saving works without this script.
const field = document.querySelector('textarea[data-smart-check]');
const form = field && field.closest('form');
if (field && form) {
    const csrf = form.querySelector('input[name="_csrf"]');
    const proposedFor = field.dataset.proposedForField
        ? document.getElementById(field.dataset.proposedForField)
        : null;
    let timer = null;
    let sent = 0;
    const check = () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const mine = ++sent;
            const body = new URLSearchParams({
                text: field.value,
                state: field.dataset.state || '',
                proposedFor: proposedFor ? proposedFor.value : '',
            });
            try {
                const response = await fetch(field.dataset.smartCheck, {
                    method: 'POST',
                    credentials: 'same-origin',
                    headers: { 'X-CSRF-Token': csrf ? csrf.value : '' },
                    body,
                });
                if (!response.ok || mine !== sent) {
                    return;
                }
                const page = new DOMParser().parseFromString(await response.text(), 'text/html');
                const fresh = page.getElementById('smart-findings');
                const current = document.getElementById('smart-findings');
                if (fresh && current) {
                    current.replaceWith(document.importNode(fresh, true));
                }
            } catch (e) {
                // Offline or signed out: the findings come back on save.
            }
        }, 400);
    };
    field.addEventListener('input', check);
    if (proposedFor) {
        proposedFor.addEventListener('input', check);
    }
}
