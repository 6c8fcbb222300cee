// Writes a large Groeipad backup: 20 classes, 500 pupils (a whole school, as a care
// teacher would have it). Usage: node bench/generate.mjs [classes] [pupilsPerClass] > file.json
const classes = Number(process.argv[2] ?? 20);
const perClass = Number(process.argv[3] ?? 25);
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
process.stdout.write(JSON.stringify({ app: 'groeipad', schema_version: 1, exported_at: '2026-11-23T10:00:00', data: { records } }));
