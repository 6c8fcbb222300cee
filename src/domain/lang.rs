//! The two languages of the app. Lives in the domain so every module's text functions
//! can take it; `crate::i18n` holds the strings.

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
