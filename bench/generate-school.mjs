// Writes a Groeipad backup of a whole school with a history: 20 classes, 500 pupils (named
// as in bench/generate.mjs) and ENTRIES entries of every kind, spread over all pupils and
// two school years (2024-09-01 up to today). Usage:
//   node bench/generate-school.mjs ENTRIES > file.json        (ENTRIES e.g. 0, 5000, 20000, 50000)
//
// Shares of the entries (realistic for a school that has used the app for two years):
//   goals          ~10 %, at most 2,000 (3-5 per pupil for the pupils that have goals; every
//                  pupil once there are 20,000 entries or more), mostly reading and
//                  maths, older ones achieved or stopped, the newest one of each pupil active
//   measurements   ~45 % (the largest share), each on a goal of the same pupil, dated
//                  within the goal's life, values inside the unit's range
//   feedback notes ~12 %, attention moments ~13 %, successes ~8 %, reflections ~7 %,
//   reminders      ~5 %  (done, overdue, due today and later, around the real date today)
// plus one settings record. pupil-1 (class-0) always has an active reading goal
// ("goal-1-0", words correct per minute) that the benchmark records measurements on; with
// ENTRIES 0 that goal is the only entry (an empty school but for the benchmark's goal).
// The output is the same for a given ENTRIES on a given day (seeded random numbers).
const entries = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(entries) || entries < 0) {
  console.error('usage: node bench/generate-school.mjs ENTRIES > file.json');
  process.exit(2);
}
const CLASSES = 20;
const PER_CLASS = 25;
const PUPILS = CLASSES * PER_CLASS;

// mulberry32: a small seeded generator, so two runs give the same file.
let seed = 0x9e3779b9 ^ entries;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;

const DAY = 86400000;
const now = new Date();
const TODAY = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
const START = Date.UTC(2024, 8, 1);
const SPAN = Math.max(1, Math.round((TODAY - START) / DAY));
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const dayAt = (i) => START + i * DAY; // i: days since 2024-09-01
const clampDay = (t) => Math.min(TODAY, Math.max(START, t));

// ---- classes and pupils (as bench/generate.mjs) ----------------------------------------
const first = ['Anna', 'Bram', 'Sem', 'Noor', 'Lotte', 'Daan', 'Emma', 'Liam', 'Julia', 'Finn', 'Sara', 'Milan', 'Yara', 'Levi', 'Zoë', 'Mohammed', 'Fleur', 'Jesse', 'Nora', 'Ties'];
const last = ['de Vries', 'Jansen', 'Peeters', 'Bakker', 'Van den Broeck', 'El Amrani', 'Visser', 'Claes', 'Smit', 'Maes', 'Yilmaz', 'Mulder'];
const records = [];
const pupils = []; // { id, support }
let n = 0;
for (let c = 0; c < CLASSES; c++) {
  const id = `class-${c}`;
  const nl = c % 2 === 0;
  records.push({ kind: 'class', data: { id, name: nl ? `Groep ${3 + (c % 6)}${String.fromCharCode(97 + Math.floor(c / 6))}` : `${1 + (c % 6)}de leerjaar ${String.fromCharCode(65 + Math.floor(c / 6))}`,
    school_year: '2026-2027', year_group: { system: nl ? 'Nl' : 'Vl', n: nl ? 3 + (c % 6) : 1 + (c % 6) }, created_on: '2026-09-01' } });
  for (let p = 0; p < PER_CLASS; p++) {
    n++;
    const support = ['Basis', 'Extra', 'Intensive'][n % 3];
    pupils.push({ id: `pupil-${n}`, support, goals: [], notes: [], moments: [], measurements: [] });
    records.push({ kind: 'pupil', data: { id: `pupil-${n}`, class_id: id, name: `${first[(n * 7) % first.length]} ${last[(n * 5) % last.length]} ${n}`,
      nickname: '', year_group: null, support_notes: n % 4 === 0 ? 'Dyslexie; extra tijd bij toetsen.' : '', support_level: support, archived_on: null, created_on: '2024-09-01' } });
  }
}
records.push({ kind: 'settings', data: { id: 'settings', not_seen_school_days: 10, weekly_budget_minutes: 100, session_minutes: 10 } });

// ---- how many of each kind ----------------------------------------------------------------
// Goals: ~10 % of the entries, 3-5 per pupil, at most 2,000 in all (4 per pupil on average).
// Always at least one: pupil-1's goal-1-0 (with ENTRIES 0 the only entry), which the benchmark uses.
const goalTotal = Math.min(Math.max(1, Math.round(entries * 0.1)), PUPILS * 4);
const rest = Math.max(0, entries - goalTotal);
const shares = { feedback_note: 0.12 / 0.9, attention_moment: 0.13 / 0.9, success: 0.08 / 0.9, reflection: 0.07 / 0.9, reminder: 0.05 / 0.9 };
const counts = {};
for (const [k, s] of Object.entries(shares)) counts[k] = Math.floor(rest * s);
counts.measurement = rest - Object.values(counts).reduce((a, b) => a + b, 0);

// ---- goals ---------------------------------------------------------------------------------
// [domain, template key, unit, direction, name, baseline range, growth range, own words]
const templates = [
  [40, 'Reading', 'oral_reading_fluency', 'WordsCorrectPerMinute', 'Increasing', 'DMT-kaart', [25, 70], [12, 25], (t) => `Ik kan ${t} woorden per minuut goed lezen`],
  [10, 'Reading', 'reading_comprehension', { ItemsCorrectOutOf: 10 }, 'Increasing', 'Begrijpend lezen: vragen goed', [3, 6], [2, 3], (t) => `Ik beantwoord ${t} van de 10 vragen goed`],
  [5, 'Reading', 'reading_minutes', 'Minutes', 'Increasing', 'Minuten zelf lezen', [5, 10], [5, 10], (t) => `Ik lees ${t} minuten zelf`],
  [20, 'Maths', 'maths_facts_correct', { ItemsCorrectOutOf: 20 }, 'Increasing', 'Tafels: sommen goed', [6, 12], [4, 7], (t) => `Ik ken ${t} van de 20 tafelsommen`],
  [10, 'Maths', 'maths_accuracy', 'Percentage', 'Increasing', 'Rekentoets: % goed', [45, 65], [15, 25], (t) => `Ik heb ${t}% van mijn sommen goed`],
  [3, 'Maths', 'counting_aid_use', 'TimesPerDay', 'Decreasing', 'Vingers tellen per les', [6, 10], [3, 5], (t) => `Ik tel nog maar ${t} keer op mijn vingers`],
  [4, 'Spelling', 'spelling_words_correct', { ItemsCorrectOutOf: 20 }, 'Increasing', 'Dictee: woorden goed', [8, 12], [4, 6], (t) => `Ik schrijf ${t} van de 20 woorden goed`],
  [3, 'Writing', 'writing_rubric', 'RubricLevel', 'Increasing', 'Schrijven: rubric', [1, 2], [1, 2], (t) => `Mijn tekst haalt niveau ${t}`],
  [2, 'SocialEmotional', 'outbursts_per_day', 'TimesPerDay', 'Decreasing', 'Boze buien per dag', [3, 5], [2, 3], (t) => `Ik blijf rustig, hooguit ${t} keer boos per dag`],
  [3, 'WorkHabits', 'minutes_on_task', 'Minutes', 'Increasing', 'Minuten aan het werk', [5, 10], [5, 10], (t) => `Ik werk ${t} minuten zonder te stoppen`],
];
const weightSum = templates.reduce((a, t) => a + t[0], 0);
const pickTemplate = () => { let r = rnd() * weightSum; for (const t of templates) { r -= t[0]; if (r < 0) return t; } return templates[0]; };
const unitMax = (u) => (typeof u === 'object' ? u.ItemsCorrectOutOf : u === 'Percentage' ? 100 : u === 'RubricLevel' ? 4 : u === 'Milestone' ? 1 : Infinity);
const unitMin = (u) => (u === 'RubricLevel' ? 1 : 0);
const clampValue = (u, v) => {
  const x = Math.min(unitMax(u), Math.max(unitMin(u), v));
  return u === 'RubricLevel' || typeof u === 'object' || u === 'TimesPerDay' || u === 'WordsCorrectPerMinute' ? Math.round(x) : Math.round(x * 10) / 10;
};

const goals = []; // { id, pupil, unit, dir, base, target, from, to (end of life, ms), active, achieved }
// Which pupils have goals: all when there are enough, otherwise an even spread (pupil-1 first).
const goalPupils = Math.min(PUPILS, Math.max(1, Math.round(goalTotal / 4)));
const step = PUPILS / goalPupils;
const perPupil = new Array(PUPILS).fill(0);
for (let i = 0; i < goalPupils; i++) perPupil[Math.floor(i * step)] = 3;
let assigned = goalPupils * 3;
if (assigned > goalTotal) { // fewer than 3 per pupil possible: trim from the end
  for (let i = goalPupils - 1; i >= 0 && assigned > goalTotal; i--) { const p = Math.floor(i * step); const cut = Math.min(perPupil[p] - 1, assigned - goalTotal); perPupil[p] -= cut; assigned -= cut; }
}
for (let round = 0; assigned < goalTotal && round < 2; round++) {
  for (let i = 0; i < goalPupils && assigned < goalTotal; i++) { const p = Math.floor(i * step); if (chance(0.5) || round === 1) { perPupil[p]++; assigned++; } }
}
for (let p = 0; p < PUPILS; p++) {
  const k = perPupil[p];
  if (k === 0) continue;
  const pupil = pupils[p];
  // Goals follow each other over the two years; the newest is active.
  for (let g = 0; g < k; g++) {
    const isLast = g === k - 1;
    let tpl = pickTemplate();
    if (p === 0 && isLast) tpl = templates[0]; // pupil-1: an active reading (WCPM) goal
    const [, domain, key, unit, dir, name, baseR, growR, words] = tpl;
    const slot = Math.floor(SPAN / k);
    const created = isLast ? TODAY - int(20, 110) * DAY : clampDay(dayAt(g * slot + int(0, Math.max(0, slot - 90))));
    const base = int(baseR[0], baseR[1]);
    const grow = int(growR[0], growR[1]);
    const target = clampValue(unit, dir === 'Increasing' ? base + grow : Math.max(unitMin(unit), base - grow));
    const targetDate = created + int(8, 16) * 7 * DAY;
    let state = 'Active';
    let end = TODAY;
    const id = p === 0 && isLast ? 'goal-1-0' : `goal-${p + 1}-${g + 1}`;
    let achieved = false;
    if (!isLast) {
      const r = rnd();
      end = clampDay(Math.min(targetDate + int(-14, 21) * DAY, TODAY - DAY));
      if (r < 0.65) { state = { Achieved: { date: iso(end) } }; achieved = true; }
      else if (r < 0.9) state = { Stopped: { date: iso(end), reason: pick(['NoLongerRelevant', 'ReplacedByNewGoal', { Other: 'Andere aanpak gekozen met de intern begeleider' }]) } };
      else end = TODAY; // an older goal still running
    }
    if (end <= created) end = created + DAY;
    const goal = { id, pupil: pupil.id, unit, dir, base, target, from: created, to: end, active: state === 'Active', achieved, domain };
    goals.push(goal);
    pupil.goals.push(goal);
    records.push({ kind: 'goal', data: {
      id, pupil_id: pupil.id, domain, measure: { name: `${name}`, unit, direction: dir, template: key },
      baseline: { value: base, date: iso(created) }, target, target_date: iso(targetDate),
      conditions: chance(0.5) ? 'Met de leesliniaal, in de stilteruimte' : '', confirmations: int(1, 3),
      pupil_actions: ['Elke dag tien minuten oefenen'], teacher_actions: chance(0.6) ? ['Verlengde instructie op maandag en donderdag'] : [],
      home_actions: chance(0.3) ? ['Samen voorlezen voor het slapengaan'] : [], own_words: words(target), state,
      revisions: [], sub_goals: [], created_on: iso(created) } });
  }
}
const withGoals = pupils.filter((p) => p.goals.length > 0);

// ---- the other kinds ------------------------------------------------------------------------
const pupilFor = () => {
  // Pupils with more support get a little more of everything (as in a real class).
  for (;;) {
    const p = pupils[Math.floor(rnd() * PUPILS)];
    if (p.support === 'Intensive' || (p.support === 'Extra' && chance(0.8)) || chance(0.6)) return p;
  }
};
const randomPast = () => TODAY - Math.floor(Math.pow(rnd(), 1.3) * SPAN) * DAY; // a little more recent than old
const tops = ['Je las vlot en met expressie', 'Je begon meteen aan je taak', 'Je vroeg op tijd om hulp', 'Je koos een aanpak die werkte: eerst lezen, daarna tekenen', 'Je controleerde je sommen met de rekenmachine', 'Je hielp je buur zonder voor te zeggen'];
const tips = ['Let op de leestekens', 'Kijk je werk na met de checklist', 'Lees de opdracht twee keer', 'Schrijf de tussenstappen op'];
const nexts = ['Elke dag tien minuten hardop lezen', 'Morgen oefen je de tafel van 7', 'Volgende les gebruik je je stappenplan', ''];
const wentWell = ['Ik heb goed opgelet', 'Ik heb om hulp gevraagd', 'Ik ben blijven proberen', 'Ik heb mijn werk af'];
const wasHard = ['Beginnen', 'Blijven opletten', 'De opdracht begrijpen', ''];
const tryNext = ['Ik oefen nog meer', 'Ik lees de opdracht opnieuw', 'Ik kijk mijn werk na', ''];
const successes = ['Een hele bladzijde zonder hulp gelezen', 'De tafel van 6 foutloos opgezegd', 'Zelf om hulp gevraagd', 'Rustig gebleven bij het spel', 'Voor de klas verteld over het boek'];

let seq = 0;
const next = (prefix) => `${prefix}-${++seq}`;

for (let i = 0; i < counts.measurement; i++) {
  // Active goals get more measurements than finished ones.
  let g;
  for (;;) { const p = withGoals[Math.floor(rnd() * withGoals.length)]; g = p.goals[Math.floor(rnd() * p.goals.length)]; if (g.active || chance(0.6)) break; }
  const life = Math.max(1, Math.round((g.to - g.from) / DAY));
  const d = int(1, life);
  const progress = Math.min(1.1, d / life);
  const planned = g.base + (g.target - g.base) * progress * (g.achieved ? 1 : 0.8);
  const spread = Math.max(1, Math.abs(g.target - g.base) * 0.15);
  const value = clampValue(g.unit, planned + (rnd() * 2 - 1) * spread);
  const id = next('meas');
  const date = Math.min(TODAY, g.from + d * DAY);
  const pupil = pupils[Number(g.pupil.slice(6)) - 1];
  pupil.measurements.push({ id, goal: g.id, date });
  records.push({ kind: 'measurement', data: { id, goal_id: g.id, value, date: iso(date), note: chance(0.15) ? 'rustig gewerkt, goed geconcentreerd' : '' } });
}
for (let i = 0; i < counts.feedback_note; i++) {
  const p = pupilFor();
  const date = randomPast();
  const goal = p.goals.length && chance(0.6) ? pick(p.goals).id : null;
  const id = next('note');
  p.notes.push({ id, date });
  const fu = chance(0.1) ? iso(date + int(3, 14) * DAY) : null;
  records.push({ kind: 'feedback_note', data: { id, pupil_id: p.id, goal_id: goal, date: iso(date), tops: chance(0.3) ? [pick(tops), pick(tops)] : [pick(tops)],
    tips: chance(0.7) ? [pick(tips)] : [], next_step: pick(nexts), follow_up: fu } });
}
for (let i = 0; i < counts.attention_moment; i++) {
  const p = pupilFor();
  const date = randomPast();
  const id = next('moment');
  p.moments.push({ id, date });
  records.push({ kind: 'attention_moment', data: { id, pupil_id: p.id, date: iso(date), kind: pick(['OneOnOne', 'ExtendedInstruction', 'ShortCheckIn', 'ShortCheckIn']),
    minutes: pick([5, 5, 10, 10, 15, 20, 30]), note: chance(0.4) ? 'Samen gelezen en besproken' : '', follow_up: null } });
}
for (let i = 0; i < counts.success; i++) {
  const p = pupilFor();
  const done = p.goals.filter((g) => g.achieved);
  if (done.length && chance(0.25)) {
    const g = pick(done);
    records.push({ kind: 'success', data: { id: next('success'), pupil_id: p.id, date: iso(g.to), text: 'Doel gehaald!', goal_id: g.id, source: 'GoalAchieved' } });
  } else {
    records.push({ kind: 'success', data: { id: next('success'), pupil_id: p.id, date: iso(randomPast()), text: pick(successes), goal_id: null, source: 'Manual' } });
  }
}
for (let i = 0; i < counts.reflection; i++) {
  const p = pupilFor();
  const date = randomPast();
  const active = p.goals.filter((g) => g.from <= date && g.to >= date);
  records.push({ kind: 'reflection', data: { id: next('refl'), pupil_id: p.id, date: iso(date), goal_id: active.length && chance(0.6) ? pick(active).id : null,
    mood: int(1, 5), went_well: pick(wentWell), was_hard: pick(wasHard), try_next: pick(tryNext), read_by_teacher: TODAY - date > 14 * DAY || chance(0.5) } });
}
for (let i = 0; i < counts.reminder; i++) {
  const p = pupilFor();
  // Done 45 %, overdue and open 12 %, due today 6 %, later 37 %.
  const r = rnd();
  let due; let doneOn = null;
  if (r < 0.45) { due = TODAY - int(1, SPAN - 1) * DAY; doneOn = iso(Math.min(TODAY, due + int(0, 3) * DAY)); }
  else if (r < 0.57) due = TODAY - int(1, 30) * DAY;
  else if (r < 0.63) due = TODAY;
  else due = TODAY + int(1, 60) * DAY;
  let source = 'Free';
  let title = 'Oudergesprek voorbereiden';
  const s = rnd();
  if (s < 0.35 && p.goals.length) { const g = pick(p.goals); source = { Goal: { goal_id: g.id } }; title = 'Doel evalueren'; }
  else if (s < 0.55 && p.notes.length) { source = { Feedback: { note_id: pick(p.notes).id } }; title = 'Feedback opvolgen'; }
  else if (s < 0.7 && p.measurements.length) { const m = pick(p.measurements); source = { Measurement: { goal_id: m.goal, measurement_id: m.id } }; title = 'Meting bespreken'; }
  else if (s < 0.85 && p.moments.length) { source = { Session: { session_id: pick(p.moments).id } }; title = 'Nagaan of de uitleg beklijfd is'; }
  const weekly = !doneOn && chance(0.1);
  records.push({ kind: 'reminder', data: { id: next('rem'), source, pupil_id: p.id, title, due: iso(due), repeat: weekly ? 'Weekly' : 'None',
    done_on: doneOn, snoozed_from: !doneOn && chance(0.1) ? iso(due - 7 * DAY) : null, anchor: weekly ? iso(due) : null, minutes: null } });
}

const stamp = `${iso(TODAY)}T08:00:00`;
process.stdout.write(JSON.stringify({ app: 'groeipad', schema_version: 1, exported_at: stamp, data: { records } }));
