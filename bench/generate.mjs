// Writes a large Groeipad backup: 20 classes, 500 pupils (a whole school, as a care
// teacher would have it). Usage: node bench/generate.mjs [classes] [pupilsPerClass] [logEntries] > file.json
// With logEntries (e.g. 2000), pupil-1 gets a learning log of exactly that many rows: goals
// (created, achieved, stopped), measurements, feedback notes, reflections (half unread),
// attention moments and successes, spread over two school years.
const classes = Number(process.argv[2] ?? 20);
const perClass = Number(process.argv[3] ?? 25);
const logEntries = Number(process.argv[4] ?? 0);
const first = ['Anna', 'Bram', 'Sem', 'Noor', 'Lotte', 'Daan', 'Emma', 'Liam', 'Julia', 'Finn', 'Sara', 'Milan', 'Yara', 'Levi', 'Zoë', 'Mohammed', 'Fleur', 'Jesse', 'Nora', 'Ties'];
const last = ['de Vries', 'Jansen', 'Peeters', 'Bakker', 'Van den Broeck', 'El Amrani', 'Visser', 'Claes', 'Smit', 'Maes', 'Yilmaz', 'Mulder'];
const records = [];
let n = 0;
for (let c = 0; c < classes; c++) {
  const id = `class-${c}`;
  const nl = c % 2 === 0;
  records.push({ kind: 'class', data: { id, name: nl ? `Groep ${3 + (c % 6)}${String.fromCharCode(97 + Math.floor(c / 6))}` : `${1 + (c % 6)}de leerjaar ${String.fromCharCode(65 + Math.floor(c / 6))}`,
    school_year: '2026-2027', year_group: { system: nl ? 'Nl' : 'Vl', n: nl ? 3 + (c % 6) : 1 + (c % 6) }, created_on: '2026-09-01' } });
  for (let p = 0; p < perClass; p++) {
    n++;
    records.push({ kind: 'pupil', data: { id: `pupil-${n}`, class_id: id, name: `${first[(n * 7) % first.length]} ${last[(n * 5) % last.length]} ${n}`,
      nickname: '', year_group: null, support_notes: n % 4 === 0 ? 'Dyslexie; extra tijd bij toetsen.' : '', support_level: ['Basis', 'Extra', 'Intensive'][n % 3], archived_on: null, created_on: '2026-09-01' } });
  }
}
if (logEntries > 0) records.push(...learningLog('pupil-1', logEntries));

/** Records that make exactly `n` learning-log rows for one pupil. */
function learningLog(pupil, n) {
  const out = [];
  const day = (i) => new Date(Date.UTC(2025, 8, 1) + (i % 640) * 86400000).toISOString().slice(0, 10);
  const goals = Math.min(10, Math.max(1, Math.floor(n / 100)));
  let rows = 0;
  for (let g = 0; g < goals && rows < n; g++) {
    const state = g < 3 ? { Achieved: { date: day(300 + g * 20) } } : g < 5 ? { Stopped: { date: day(200 + g * 10), reason: 'NoLongerRelevant' } } : 'Active';
    out.push({ kind: 'goal', data: { id: `log-goal-${g}`, pupil_id: pupil, domain: 'Reading', measure: { name: `DMT-kaart ${g + 1}`, unit: 'WordsCorrectPerMinute', direction: 'Increasing' },
      baseline: { value: 30 + g, date: day(g * 30) }, target: 60 + g, target_date: day(g * 30 + 120), confirmations: 2,
      own_words: `Ik kan ${60 + g} woorden per minuut lezen`, state, created_on: day(g * 30) } });
    rows += state === 'Active' ? 1 : 2;
  }
  const kinds = ['measurement', 'measurement', 'reflection', 'feedback_note', 'attention_moment', 'success', 'measurement', 'reflection'];
  for (let i = 0; rows < n; i++, rows++) {
    const kind = kinds[i % kinds.length];
    const goal = `log-goal-${i % goals}`;
    const id = `log-${kind}-${i}`;
    const date = day(i * 7);
    if (kind === 'measurement') out.push({ kind, data: { id, goal_id: goal, value: 30 + (i % 40), date, note: i % 5 === 0 ? 'rustig gelezen' : '' } });
    else if (kind === 'reflection') out.push({ kind, data: { id, pupil_id: pupil, date, goal_id: i % 3 === 0 ? goal : null, mood: 1 + (i % 5),
      went_well: 'Ik heb goed opgelet', was_hard: i % 2 ? 'Beginnen' : '', try_next: 'Ik oefen nog meer', read_by_teacher: i % 2 === 0 } });
    else if (kind === 'feedback_note') out.push({ kind, data: { id, pupil_id: pupil, goal_id: goal, date, tops: ['Je las vlot en met expressie'], tips: ['Let op de leestekens'], next_step: 'Elke dag tien minuten hardop lezen' } });
    else if (kind === 'attention_moment') out.push({ kind, data: { id, pupil_id: pupil, date, kind: 'OneOnOne', minutes: 10, note: 'Samen gelezen' } });
    else out.push({ kind, data: { id, pupil_id: pupil, date, text: 'Een hele bladzijde zonder hulp gelezen', source: 'Manual' } });
  }
  return out;
}

process.stdout.write(JSON.stringify({ app: 'groeipad', schema_version: 1, exported_at: '2026-11-23T10:00:00', data: { records } }));
