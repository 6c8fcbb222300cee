//! A class list from a CSV file or a spreadsheet paste: one pupil a row, with the columns
//! name, nickname (optional) and year group (optional), in that order or named by a header
//! row ("Naam;Roepnaam;Groep", "Voornaam;Tussenvoegsel;Achternaam", "Name,Nickname,Year").
//! Separators `;` (Dutch Excel), `,` or a tab (a spreadsheet paste); fields in double quotes
//! may hold separators, line breaks and doubled quotes; Excel's UTF-8 byte-order mark is
//! dropped. Pure: the class page shows the rows as a preview before anything is added.
//!
//! An EDEXML file (the export of ParnasSys and Esis) gives its rows through
//! [`edex_rows`]: the browser reads the XML, this module makes the names.
//!
//! Hand-written rather than the `csv` crate: a few dozen lines for the one dialect a class
//! list comes in, against some 40 KB of Wasm.

/// One row of the list, with the line of the file it starts on (1-based).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassListRow {
    pub line: usize,
    pub name: String,
    pub nickname: String,
    /// The year group as written ("5", "groep 5"), if the list has that column.
    pub year: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClassListError {
    /// The file was not saved as UTF-8 (a replacement character came out of decoding it).
    #[error("the file is not UTF-8")]
    NotUtf8,
    #[error("the list holds no names")]
    Empty,
    /// A header row without a column for the name.
    #[error("the header row names no name column")]
    NoNameColumn,
}

/// Splits the text into rows of fields, each row with its starting line.
fn records(text: &str, sep: char) -> Vec<(usize, Vec<String>)> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut line, mut start, mut quoted, mut any) = (1, 1, false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
                any = true;
            }
            '\r' if !quoted => {}
            '\n' if !quoted => {
                row.push(std::mem::take(&mut field));
                rows.push((start, std::mem::take(&mut row)));
                line += 1;
                start = line;
                any = false;
            }
            c if c == sep && !quoted => {
                row.push(std::mem::take(&mut field));
                any = true;
            }
            c => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
                any = true;
            }
        }
    }
    if any || !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((start, row));
    }
    rows
}

/// The separator: a tab when any line has one (a spreadsheet paste), else the one of `;`
/// and `,` the first line uses most (`;` on a tie: a Dutch Excel).
fn separator(text: &str) -> char {
    if text.contains('\t') {
        return '\t';
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let count = |c| first.matches(c).count();
    if count(',') > count(';') {
        ','
    } else {
        ';'
    }
}

/// Where the columns are.
#[derive(Default)]
struct Columns {
    name: Option<usize>,
    first: Option<usize>,
    infix: Option<usize>,
    last: Option<usize>,
    nickname: Option<usize>,
    year: Option<usize>,
}

/// Reads a header row; None when the row is not a header (no cell names a known column).
fn header(cells: &[String]) -> Option<Columns> {
    let mut c = Columns::default();
    let mut known = false;
    for (i, cell) in cells.iter().enumerate() {
        let key = cell.trim().to_lowercase().replace(['_', '-'], " ");
        let slot = match key.as_str() {
            "naam" | "name" | "leerling" | "pupil" | "volledige naam" | "full name" | "leerlingnaam" => &mut c.name,
            "voornaam" | "first name" | "firstname" | "given name" => &mut c.first,
            "tussenvoegsel" | "tussenvoegsels" | "voorvoegsel" => &mut c.infix,
            "achternaam" | "last name" | "lastname" | "surname" | "family name" => &mut c.last,
            "roepnaam" | "nickname" | "bijnaam" | "called" => &mut c.nickname,
            "groep" | "leerjaar" | "jaargroep" | "year" | "year group" | "grade" | "klas" => &mut c.year,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(i);
        }
        known = true;
    }
    known.then_some(c)
}

/// Reads a class list. Rows without any text are kept (with an empty name), so the
/// preview can report them as empty lines like a paste does.
pub fn parse_class_list(text: &str) -> Result<Vec<ClassListRow>, ClassListError> {
    if text.contains('\u{FFFD}') {
        return Err(ClassListError::NotUtf8);
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let rows = records(text, separator(text));
    let first_filled = rows.iter().position(|(_, r)| r.iter().any(|f| !f.trim().is_empty()));
    let Some(first_filled) = first_filled else { return Err(ClassListError::Empty) };
    let (cols, skip) = match header(&rows[first_filled].1) {
        Some(c) => (c, first_filled + 1),
        None => (Columns { name: Some(0), nickname: Some(1), year: Some(2), ..Columns::default() }, first_filled),
    };
    if cols.name.is_none() && cols.first.is_none() && cols.last.is_none() {
        return Err(ClassListError::NoNameColumn);
    }
    let cell = |r: &[String], i: Option<usize>| i.and_then(|i| r.get(i)).map(|s| s.trim().to_string()).unwrap_or_default();
    let out: Vec<ClassListRow> = rows
        .iter()
        .skip(skip)
        .map(|(line, r)| {
            let name = match cols.name {
                Some(_) => cell(r, cols.name),
                None => [cell(r, cols.first), cell(r, cols.infix), cell(r, cols.last)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            ClassListRow { line: *line, name, nickname: cell(r, cols.nickname), year: cell(r, cols.year) }
        })
        .collect();
    if out.iter().all(|r| r.name.trim().is_empty()) {
        return Err(ClassListError::Empty);
    }
    Ok(out)
}

/// A group (stamgroep) of an EDEXML file, the export of ParnasSys and Esis
/// (edustandaard.nl, EDEXML 2.1: `groepen/groep[@key]` with `naam` and `jaargroep`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EdexGroup {
    pub key: String,
    pub name: String,
    pub year: String,
}

/// A pupil of an EDEXML file (`leerlingen/leerling`): the name parts as the school's
/// administration keeps them, the year group and the key of the group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EdexPupil {
    /// `roepnaam`, else `voornamen`.
    pub first: String,
    /// `voorvoegsel` ("de", "van der").
    pub prefix: String,
    /// `achternaam`.
    pub last: String,
    /// `jaargroep`.
    pub year: String,
    /// The `key` of its `groep`.
    pub group: String,
}

/// The group a class takes from an EDEXML file: the one named as the class, else the only
/// or first one with pupils.
pub fn edex_group_for<'a>(groups: &'a [EdexGroup], pupils: &[EdexPupil], class_name: &str) -> Option<&'a EdexGroup> {
    let named = groups.iter().find(|g| g.name.trim().eq_ignore_ascii_case(class_name.trim()));
    named.or_else(|| groups.iter().find(|g| pupils.iter().any(|p| p.group == g.key)))
}

/// The class list rows of one group of an EDEXML file: "Anna de Vries" with the roepnaam
/// as nickname and the jaargroep as year group, in the file's order (a file without groups
/// gives all its pupils).
pub fn edex_rows(pupils: &[EdexPupil], group: Option<&str>) -> Result<Vec<ClassListRow>, ClassListError> {
    let rows: Vec<ClassListRow> = pupils
        .iter()
        .filter(|p| group.is_none_or(|g| p.group == g))
        .enumerate()
        .map(|(i, p)| {
            let name = [p.first.trim(), p.prefix.trim(), p.last.trim()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
            ClassListRow { line: i + 1, name, nickname: p.first.trim().to_string(), year: p.year.trim().to_string() }
        })
        .collect();
    if rows.iter().all(|r| r.name.is_empty()) {
        return Err(ClassListError::Empty);
    }
    Ok(rows)
}

/// The number in a year-group cell: "5", "groep 5", "Leerjaar 3", "5B" → 5.
pub fn year_number(cell: &str) -> Option<u8> {
    let digits: String = cell.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(rows: &[ClassListRow]) -> Vec<&str> {
        rows.iter().map(|r| r.name.as_str()).collect()
    }

    fn edex() -> (Vec<EdexGroup>, Vec<EdexPupil>) {
        let g = |key: &str, name: &str, year: &str| EdexGroup { key: key.into(), name: name.into(), year: year.into() };
        let p = |first: &str, prefix: &str, last: &str, group: &str| EdexPupil {
            first: first.into(),
            prefix: prefix.into(),
            last: last.into(),
            year: "5".into(),
            group: group.into(),
        };
        (
            vec![g("G4", "Groep 4", "4"), g("G5A", "Groep 5a", "5")],
            vec![p("Anna", "de", "Vries", "G5A"), p("Pim", "", "Jansen", "G4"), p("Noé", "van der", "Berg", "G5A")],
        )
    }

    #[test]
    fn an_edexml_group_becomes_rows_with_the_roepnaam_as_nickname() {
        let (groups, pupils) = edex();
        // The group named as the class, whatever its case; else the first with pupils.
        assert_eq!(edex_group_for(&groups, &pupils, "groep 5A").map(|g| g.key.as_str()), Some("G5A"));
        assert_eq!(edex_group_for(&groups, &pupils, "Tijgers").map(|g| g.key.as_str()), Some("G4"));
        assert_eq!(edex_group_for(&[], &pupils, "Groep 5a"), None);
        let rows = edex_rows(&pupils, Some("G5A")).unwrap();
        assert_eq!(names(&rows), ["Anna de Vries", "Noé van der Berg"]);
        assert_eq!((rows[0].nickname.as_str(), rows[0].year.as_str(), rows[1].line), ("Anna", "5", 2));
        assert_eq!(edex_rows(&pupils, None).unwrap().len(), 3, "no groups in the file: everyone");
        assert_eq!(edex_rows(&pupils, Some("G8")), Err(ClassListError::Empty));
    }

    #[test]
    fn excel_csv_with_bom_semicolons_quotes_and_a_header() {
        let text = "\u{FEFF}Naam;Roepnaam;Groep\r\n\"de Vries; Anna\";Ans;5\r\nBram Jansen;;groep 5\r\n\r\n\"Noé \"\"Noor\"\" El Amrani\";Noor;5\r\n";
        let rows = parse_class_list(text).unwrap();
        assert_eq!(names(&rows), ["de Vries; Anna", "Bram Jansen", "", "Noé \"Noor\" El Amrani"]);
        assert_eq!(rows[0].nickname, "Ans");
        assert_eq!(rows[1].year, "groep 5");
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3, 4, 5]);
    }

    #[test]
    fn commas_without_header_take_the_columns_in_order() {
        let rows = parse_class_list("Anna de Vries,Ans,5\nBram,,\n").unwrap();
        assert_eq!(names(&rows), ["Anna de Vries", "Bram"]);
        assert_eq!((rows[0].nickname.as_str(), rows[0].year.as_str()), ("Ans", "5"));
    }

    #[test]
    fn a_spreadsheet_paste_with_tabs_and_split_names() {
        let text = "Voornaam\tTussenvoegsel\tAchternaam\tGroep\nAnna\tde\tVries\t5\nBram\t\tJansen\t5\n";
        let rows = parse_class_list(text).unwrap();
        assert_eq!(names(&rows), ["Anna de Vries", "Bram Jansen"]);
    }

    #[test]
    fn a_quoted_field_may_hold_a_line_break_and_lines_are_counted() {
        let rows = parse_class_list("naam,roepnaam\n\"Anna\nde Vries\",Ans\nBram,\n").unwrap();
        assert_eq!(names(&rows), ["Anna\nde Vries", "Bram"]);
        assert_eq!(rows[1].line, 4);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        assert_eq!(parse_class_list("No\u{FFFD};x"), Err(ClassListError::NotUtf8));
        assert_eq!(parse_class_list("\n \n"), Err(ClassListError::Empty));
        assert_eq!(parse_class_list("Roepnaam;Groep\nAns;5\n"), Err(ClassListError::NoNameColumn));
    }

    #[test]
    fn year_numbers_are_read_from_the_cell() {
        assert_eq!(year_number("5"), Some(5));
        assert_eq!(year_number("groep 7"), Some(7));
        assert_eq!(year_number("5B"), Some(5));
        assert_eq!(year_number("geen"), None);
    }

    #[test]
    fn any_text_gives_rows_or_a_typed_error_never_a_panic() {
        for text in ["\"", "\"\"\"", ";;;\n;;", "a\"b;c", "\u{FEFF}", ",\n,\n\"x", "naam\n", "\t\t\n"] {
            let _ = parse_class_list(text);
        }
    }
}
