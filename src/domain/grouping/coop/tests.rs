use super::*;
use proptest::prelude::*;

fn class(n: usize, lows: usize, highs: usize) -> Vec<(String, Tier)> {
    (0..n)
        .map(|i| {
            let t = if i < lows { Tier::Intensive } else if i >= n - highs { Tier::Enrichment } else { Tier::Core };
            (format!("p{i}"), t)
        })
        .collect()
}

fn ids(groups: &[Vec<(String, Tier)>]) -> Vec<String> {
    let mut all: Vec<String> = groups.iter().flatten().map(|(p, _)| p.clone()).collect();
    all.sort();
    all
}

#[test]
fn sizes_for_a_class_of_27_and_the_edges() {
    assert_eq!(group_sizes(27, 4), vec![4, 4, 4, 4, 4, 4, 3]);
    assert_eq!(group_sizes(27, 2), vec![3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    assert_eq!(group_sizes(5, 4), vec![3, 2]);
    assert_eq!(group_sizes(3, 2), vec![3]);
    assert_eq!(group_sizes(2, 5), vec![2]);
    assert_eq!(group_sizes(1, 3), Vec::<usize>::new());
}

#[test]
fn a_class_of_27_with_two_pairs_kept_apart() {
    let pupils = class(27, 7, 6);
    let pairs = [["p0".to_string(), "p1".to_string()], ["p10".to_string(), "p11".to_string()]];
    for seed in 0..50 {
        let (groups, unhonoured) = make_groups(&pupils, 4, &pairs, seed);
        assert!(unhonoured.is_empty(), "seed {seed}");
        for g in &groups {
            assert!(!(g.iter().any(|(p, _)| p == "p0") && g.iter().any(|(p, _)| p == "p1")));
            assert!(!(g.iter().any(|(p, _)| p == "p10") && g.iter().any(|(p, _)| p == "p11")));
            assert!(g.iter().any(|(_, t)| *t != Tier::Intensive), "seed {seed}: a group of only intensive pupils");
        }
        assert_eq!(ids(&groups).len(), 27);
    }
}

#[test]
fn pairs_that_cannot_be_kept_apart_are_named_and_groups_are_still_made() {
    // Three pupils, groups of two: one trio, so a pair must stay together.
    let pupils = class(3, 0, 0);
    let pairs = [["p0".to_string(), "p1".to_string()]];
    let (groups, unhonoured) = make_groups(&pupils, 2, &pairs, 7);
    assert_eq!(groups.len(), 1);
    assert_eq!(unhonoured, pairs.to_vec());
}

#[test]
fn roles_go_to_whoever_had_them_least() {
    let members: Vec<String> = vec!["a".into(), "b".into(), "c".into()];
    let mut had = HashMap::new();
    had.insert(("a".to_string(), Role::Chair), 2);
    had.insert(("b".to_string(), Role::Reporter), 1);
    let roles = assign_roles(&members, &Role::COMMON, &had);
    assert_eq!(roles.iter().filter(|r| r.is_some()).count(), 3, "three members, three roles");
    assert_ne!(roles[0], Some(Role::Chair));
    assert_ne!(roles[1], Some(Role::Reporter));
    // More members than roles: some have none.
    let two = [Role::Chair, Role::Reporter];
    assert_eq!(assign_roles(&members, &two, &HashMap::new()).iter().filter(|r| r.is_none()).count(), 1);
    // A damaged stored setup with many roles: only the first six are used, at once.
    let many: Vec<Role> = (0..200).map(|i| Role::Own(format!("rol {i}"))).collect();
    let five: Vec<String> = (0..5).map(|i| format!("m{i}")).collect();
    let given = assign_roles(&five, &many, &HashMap::new());
    assert!(given.iter().flatten().all(|r| many[..MAX_ROLES].contains(r)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn every_pupil_is_placed_once_in_groups_of_the_right_size(n in 2usize..40, size in 2u8..=5, lows in 0usize..40, seed in any::<u64>()) {
        let lows = lows.min(n);
        let pupils = class(n, lows, 0);
        let (groups, _) = make_groups(&pupils, size, &[], seed);
        let mut want: Vec<String> = pupils.iter().map(|(p, _)| p.clone()).collect();
        want.sort();
        prop_assert_eq!(ids(&groups), want);
        let sizes: Vec<usize> = groups.iter().map(Vec::len).collect();
        let (min, max) = (*sizes.iter().min().unwrap(), *sizes.iter().max().unwrap());
        prop_assert!(min >= 2 && max - min <= 1, "{:?}", sizes);
        prop_assert!(max <= usize::from(size) || (size == 2 && max == 3), "{:?}", sizes);
        // Only intensive pupils together only when there are not enough others to mix.
        let others = n - lows;
        let all_low = groups.iter().filter(|g| g.iter().all(|(_, t)| *t == Tier::Intensive)).count();
        if others >= groups.len() {
            prop_assert_eq!(all_low, 0, "{:?}", groups);
        }
    }

    #[test]
    fn not_together_pairs_are_honoured_or_named(n in 6usize..30, size in 2u8..=5, seed in any::<u64>(), picks in proptest::collection::vec((0usize..30, 0usize..30), 0..4)) {
        let pupils = class(n, n / 4, n / 5);
        let pairs: Vec<[String; 2]> = picks.into_iter().map(|(a, b)| (a % n, b % n)).filter(|(a, b)| a != b).map(|(a, b)| [format!("p{a}"), format!("p{b}")]).collect();
        let (groups, unhonoured) = make_groups(&pupils, size, &pairs, seed);
        for [a, b] in &pairs {
            let same = groups.iter().any(|g| g.iter().any(|(p, _)| p == a) && g.iter().any(|(p, _)| p == b));
            prop_assert_eq!(same, unhonoured.iter().any(|[x, y]| x == a && y == b), "{} {}", a, b);
        }
        // With few pairs in a class this size there is always a way.
        prop_assert!(unhonoured.is_empty() || groups.len() < 3, "{:?}", unhonoured);
    }
}

#[test]
fn over_lessons_every_pupil_gets_every_role() {
    let mut b = crate::domain::book::Book::default();
    let yg = crate::domain::model::YearGroup { system: crate::domain::model::SchoolSystem::Nl, n: 6 };
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    b.add_class("c1".into(), "Groep 6", "2026-2027", yg, day).unwrap();
    let names: Vec<String> = (0..12).map(|i| format!("Leerling {i:02}")).collect();
    let mut next = (0..12).map(|i| format!("p{i:02}"));
    b.add_pupils_from_paste("c1", &names.join("\n"), move || next.next().unwrap_or_default(), day).unwrap();
    for lesson in 0..8u64 {
        b.make_coop_lesson(format!("l{lesson}"), "c1", None, 4, day, lesson * 7919 + 3).unwrap();
    }
    let missing: Vec<(String, Vec<Role>)> = b.roles_not_had("c1").into_iter().filter(|(_, r)| !r.is_empty()).collect();
    assert!(missing.is_empty(), "after 8 lessons of 4 roles: {missing:?}");
    // Five lessons are enough for everyone to have had a new role each time but the fifth.
    let had = b.roles_had("c1");
    assert!(had.values().all(|n| *n <= 3), "{had:?}");
}

#[test]
fn setup_commands_check_their_input() {
    let mut b = crate::domain::book::Book::default();
    let yg = crate::domain::model::YearGroup { system: crate::domain::model::SchoolSystem::Nl, n: 6 };
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    b.add_class("c1".into(), "Groep 6", "2026-2027", yg, day).unwrap();
    b.add_class("c2".into(), "Groep 7", "2026-2027", yg, day).unwrap();
    let mut next = ["p1", "p2", "p3"].into_iter().map(String::from);
    b.add_pupils_from_paste("c1", "Anna\nBram", &mut || next.next().unwrap_or_default(), day).unwrap();
    b.add_pupils_from_paste("c2", "Sem", &mut || next.next().unwrap_or_default(), day).unwrap();
    assert_eq!(b.add_not_together("c1", "p1", "p1"), Err(CoopError::PairWithSelf));
    assert_eq!(b.add_not_together("c1", "p1", "p3"), Err(CoopError::PupilNotInClass));
    let (_, undo) = b.add_not_together("c1", "p1", "p2").unwrap();
    assert_eq!(b.add_not_together("c1", "p2", "p1"), Err(CoopError::PairExists));
    b.apply(&undo);
    assert!(b.coop_setup("c1").not_together.is_empty());
    assert_eq!(b.add_role("c1", "  "), Err(CoopError::BadRole));
    assert_eq!(b.add_role("c1", &"x".repeat(MAX_ROLE_CHARS + 1)), Err(CoopError::BadRole));
    b.add_role("c1", "Stiltebewaker").unwrap();
    assert_eq!(b.add_role("c1", "Stiltebewaker"), Err(CoopError::RoleExists));
    b.add_role("c1", "Aanmoediger").unwrap();
    assert_eq!(b.add_role("c1", "Zevende"), Err(CoopError::TooManyRoles));
    assert_eq!(b.make_coop_lesson("l".into(), "c2", None, 3, day, 1), Err(CoopError::TooFewPupils));
    assert_eq!(b.make_coop_lesson("l".into(), "c1", None, 6, day, 1), Err(CoopError::SizeOutOfRange));
    let json = serde_json::to_value(b.coop_setup("c1")).unwrap();
    assert_eq!(json["roles"][4], serde_json::json!({"own": "Stiltebewaker"}));
}
