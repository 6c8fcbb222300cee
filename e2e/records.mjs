// Records for the specs' backups, as the app stores them: a builder per kind with the
// fields a new record gets, and the backup file around them. One place, so a change to
// a record's shape is made once.

export const classRecord = (id, name, { n = 5, system = 'Nl', schoolYear = '2026-2027', createdOn = '2026-08-31' } = {}) =>
  ({ kind: 'class', data: { id, name, school_year: schoolYear, year_group: { system, n }, created_on: createdOn } });

export const pupilRecord = (id, name, data = {}) => ({ kind: 'pupil', data: { id, class_id: 'c1', name, nickname: '',
  year_group: null, support_notes: '', support_level: 'Basis', archived_on: null, created_on: '2026-08-31', ...data } });

/** A backup file's text: `records` as schema `schema` stored them (1 unless given). */
export const backupText = (records, { schema = 1, exportedAt = '2026-11-30T09:00:00' } = {}) =>
  JSON.stringify({ app: 'groeipad', schema_version: schema, exported_at: exportedAt, data: { records } });

/** The same, as a file for `setInputFiles`. */
export const backupFile = (records, options) =>
  ({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backupText(records, options)) });
