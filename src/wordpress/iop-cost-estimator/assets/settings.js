// Settings > IOP cost estimator: checks the configuration as it is typed or read from a file, with the widget's own
// checks (iop-check-config.js, beside the embed), names each wrong field, keeps Save off while the estimator could
// not use it, and shows the estimator as configured. Nothing is sent anywhere until Save.
const words = JSON.parse(document.getElementById('iop-ce-words').textContent);
const { checkCenterConfig } = await import(words.checker);

const form = document.getElementById('iop-ce-settings');
const box = document.getElementById('iop-ce-config');
const file = document.getElementById('iop-ce-file');
const report = document.getElementById('iop-ce-check');
const save = form.querySelector('[type="submit"]');
const preview = document.getElementById('iop-ce-preview');

/** The report: a sentence, and a list of "field: message" lines under it. */
function say(sentence, lines = [], kind = 'info') {
  const notice = document.createElement('div');
  notice.className = `notice notice-${kind} inline`;
  const p = document.createElement('p');
  p.textContent = sentence;
  notice.append(p);
  if (lines.length) {
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    notice.append(list);
  }
  report.replaceChildren(notice);
}

function check() {
  const text = box.value.trim();
  if (!text) {
    say(words.empty);
    save.disabled = false;
    preview.config = undefined;
    return;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    say(`${words.notJson} ${error.message}`, [], 'error');
    save.disabled = true;
    return;
  }
  const { errors, warnings } = checkCenterConfig(json);
  save.disabled = errors.length > 0;
  if (errors.length) say(words.errors, errors.map((e) => `${e.field}: ${e.message}`), 'error');
  else if (warnings.length) say(words.warnings, warnings.map((w) => `${w.field}: ${w.message}`), 'warning');
  else say(words.ok, [], 'success');
  preview.config = json;
}

box.addEventListener('input', check);
file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (!chosen) return;
  box.value = await chosen.text();
  check();
});
check();
