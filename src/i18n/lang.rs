//! The two languages of the app, the trait by which an error explains itself in either,
//! and the one plural rule. The domain never names a language: it returns typed values,
//! and `crate::i18n` words them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// An error or notice that can explain itself to the teacher in either language.
/// Every domain error shown in the UI implements it, so the state layer can run any
/// command and show its error.
pub trait UserMessage {
    fn message(&self, lang: Lang) -> String;
}

/// A number that can choose between a singular and a plural word.
pub trait Count: Copy + std::fmt::Display {
    fn is_one(self) -> bool;
}

macro_rules! count_int {
    ($($t:ty),*) => { $(impl Count for $t { fn is_one(self) -> bool { self == 1 } })* };
}
count_int!(u8, u16, u32, u64, usize, i32, i64);

impl Count for f64 {
    /// 1 as it is shown (two decimals): 1.001 reads "1", so it is singular too.
    fn is_one(self) -> bool {
        (self - 1.0).abs() < 0.005
    }
}

/// The one plural rule of the app, the same in Dutch and English: exactly one is
/// singular; 0, 2, 1,5 and every other count take the plural ("0 metingen", "1 meting",
/// "1,5 woorden"). Every counted text chooses its word through this.
pub fn plural<'a, N: Count>(n: N, one: &'a str, many: &'a str) -> &'a str {
    if n.is_one() {
        one
    } else {
        many
    }
}

/// "1 meting", "3 metingen": the count and its word.
pub fn counted<N: Count>(n: N, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}
