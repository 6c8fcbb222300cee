//! Sentence starters and templates: the built-in set (Dutch and English) and the teacher's own.
//!
//! Owns: the built-in texts with their stable ids, and the add/edit/delete rules for the
//! teacher's templates. Must not touch: storage (the caller keeps the list and saves it) and
//! notes. Built-in texts follow the seeds: warm, concrete, about the process, never about the
//! person and never absolute; a test runs every built-in through the word checks.
//! "…" marks a gap the teacher fills in.

use super::lang::Lang;
use super::{Domain, Part};
use serde::{Deserialize, Serialize};

/// Longest template text per language, in characters.
pub const MAX_TEMPLATE_CHARS: usize = 300;

/// A sentence starter or template. Built-ins have both languages; a teacher's own needs one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub domain: Domain,
    pub part: Part,
    #[serde(default)]
    pub nl: String,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub builtin: bool,
}

impl Template {
    /// The text in `lang`, or in the other language when the teacher wrote only one.
    pub fn text(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Nl => (&self.nl, &self.en),
            Lang::En => (&self.en, &self.nl),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }
}

/// Why adding, editing or deleting a template failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum TemplateEditError {
    #[error("the template has no id")]
    MissingId,
    #[error("the template has no text in either language")]
    NoText,
    #[error("the {lang:?} text has {len} characters, at most {max}")]
    TooLong { lang: Lang, len: usize, max: usize },
    #[error("a template with this id already exists")]
    DuplicateId,
    #[error("no template with this id")]
    NotFound,
    #[error("built-in templates cannot be changed or deleted; copy one to make it your own")]
    BuiltinReadOnly,
}

fn clean_text(text: &str, lang: Lang) -> Result<String, TemplateEditError> {
    let t = text.trim();
    let len = t.chars().count();
    if len > MAX_TEMPLATE_CHARS {
        return Err(TemplateEditError::TooLong {
            lang,
            len,
            max: MAX_TEMPLATE_CHARS,
        });
    }
    Ok(t.to_string())
}

/// Validates a teacher's template: trimmed id and texts, at least one language, length limits.
fn validated_own(t: Template) -> Result<Template, TemplateEditError> {
    let id = t.id.trim().to_string();
    if id.is_empty() {
        return Err(TemplateEditError::MissingId);
    }
    let nl = clean_text(&t.nl, Lang::Nl)?;
    let en = clean_text(&t.en, Lang::En)?;
    if nl.is_empty() && en.is_empty() {
        return Err(TemplateEditError::NoText);
    }
    Ok(Template {
        id,
        domain: t.domain,
        part: t.part,
        nl,
        en,
        builtin: false,
    })
}

/// Adds a teacher's own template (always stored with `builtin: false`).
/// `own` is the teacher's list; ids of built-ins are reserved too.
pub fn add_template(own: &mut Vec<Template>, template: Template) -> Result<(), TemplateEditError> {
    let t = validated_own(template)?;
    if own.iter().any(|o| o.id == t.id) || BUILTIN.iter().any(|b| b.0 == t.id) {
        return Err(TemplateEditError::DuplicateId);
    }
    own.push(t);
    Ok(())
}

/// Replaces the domain, part and texts of the teacher's template with `id`.
pub fn edit_template(
    own: &mut [Template],
    id: &str,
    domain: Domain,
    part: Part,
    nl: &str,
    en: &str,
) -> Result<(), TemplateEditError> {
    if BUILTIN.iter().any(|b| b.0 == id) {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    let slot = own
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or(TemplateEditError::NotFound)?;
    if slot.builtin {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    let t = validated_own(Template {
        id: id.to_string(),
        domain,
        part,
        nl: nl.into(),
        en: en.into(),
        builtin: false,
    })?;
    *slot = t;
    Ok(())
}

/// Removes the teacher's template with `id` and returns it (so the UI can offer undo).
pub fn delete_template(own: &mut Vec<Template>, id: &str) -> Result<Template, TemplateEditError> {
    if BUILTIN.iter().any(|b| b.0 == id) {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    let pos = own
        .iter()
        .position(|t| t.id == id)
        .ok_or(TemplateEditError::NotFound)?;
    if own.get(pos).is_some_and(|t| t.builtin) {
        return Err(TemplateEditError::BuiltinReadOnly);
    }
    Ok(own.remove(pos))
}

/// A teacher's editable copy of any template under a new id.
pub fn copy_template(source: &Template, new_id: &str) -> Result<Template, TemplateEditError> {
    validated_own(Template {
        id: new_id.to_string(),
        builtin: false,
        ..source.clone()
    })
}

/// Templates for one domain and part; `General` ones are offered in every domain.
pub fn templates_for(all: &[Template], domain: Domain, part: Part) -> Vec<&Template> {
    all.iter()
        .filter(|t| t.part == part && (t.domain == domain || t.domain == Domain::General))
        .collect()
}

/// The built-in templates. Ids are stable: never renumber, only append.
pub fn builtin_templates() -> Vec<Template> {
    BUILTIN
        .iter()
        .map(|(id, domain, part, nl, en)| Template {
            id: (*id).to_string(),
            domain: *domain,
            part: *part,
            nl: (*nl).to_string(),
            en: (*en).to_string(),
            builtin: true,
        })
        .collect()
}

use Domain::{
    General as Gen, Maths as Ma, Reading as Re, SocialEmotional as Se, Spelling as Sp,
    WorkHabits as Wh, Writing as Wr,
};
use Part::{FeedUp as Up, HomeTip as Home, NextStep as Next, Tip, Top};

type Row = (&'static str, Domain, Part, &'static str, &'static str);

#[rustfmt::skip]
const BUILTIN: &[Row] = &[
    // Reading
    ("fb-read-top-1", Re, Top, "Je las de moeilijke woorden in stukjes; zo lukte het je om ze te lezen.", "You read the hard words in chunks, and that helped you read them."),
    ("fb-read-top-2", Re, Top, "Je las met expressie: je stem paste bij wat er in het verhaal gebeurde.", "You read with expression: your voice matched what was happening in the story."),
    ("fb-read-top-3", Re, Top, "Je las de zin opnieuw toen iets niet klopte. Zo controleer je of je het begrijpt.", "You reread the sentence when something didn't make sense. That's how you check your understanding."),
    ("fb-read-tip-1", Re, Tip, "Lees lange woorden helemaal tot de laatste letter; het einde verandert soms het woord.", "Read long words right to the last letter; the ending sometimes changes the word."),
    ("fb-read-tip-2", Re, Tip, "Stop even bij een punt, dan klinkt je zin duidelijker voor wie luistert.", "Pause briefly at each full stop so your sentences sound clearer to the listener."),
    ("fb-read-tip-3", Re, Tip, "Bekijk voor je begint de titel en de plaatjes: waar zou de tekst over gaan?", "Before you start, look at the title and the pictures: what might the text be about?"),
    ("fb-read-next-1", Re, Next, "Volgende keer lees je dezelfde tekst nog twee keer; daarna kijken we samen hoeveel woorden je goed leest.", "Next time you read the same text twice more; then we'll look together at how many words you read correctly."),
    ("fb-read-next-2", Re, Next, "Deze week oefen je elke dag vijf minuten met je leesmaatje.", "This week you practise for five minutes every day with your reading buddy."),
    ("fb-read-next-3", Re, Next, "Vertel na elke bladzijde in één zin wat er gebeurde.", "After each page, tell in one sentence what happened."),
    ("fb-read-up-1", Re, Up, "We werken aan vlot lezen: je doel is … woorden per minuut goed lezen in een tekst op jouw niveau.", "We're working on reading fluently: your goal is to read … words correctly per minute in a text at your level."),
    // Maths
    ("fb-math-top-1", Ma, Top, "Je plan om elke som na te rekenen werkte: je vond zelf twee foutjes.", "Your plan of checking each sum worked: you found two mistakes yourself."),
    ("fb-math-top-2", Ma, Top, "Je tekende de som eerst uit; zo zag je wat je moest uitrekenen.", "You drew the problem first, so you could see what to work out."),
    ("fb-math-top-3", Ma, Top, "Je bleef zoeken naar een andere aanpak toen de eerste niet werkte.", "You kept looking for another way when the first one didn't work."),
    ("fb-math-top-4", Ma, Top, "Je legde in je eigen woorden uit hoe je op het antwoord kwam.", "You explained in your own words how you got to the answer."),
    ("fb-math-tip-1", Ma, Tip, "Schrijf bij een verhaalsom eerst op wat je al weet en wat je zoekt.", "For a word problem, first write down what you already know and what you need to find."),
    ("fb-math-tip-2", Ma, Tip, "Controleer je antwoord met de omgekeerde som.", "Check your answer with the inverse sum."),
    ("fb-math-tip-3", Ma, Tip, "Zet de getallen netjes onder elkaar: eenheden onder eenheden, tientallen onder tientallen.", "Line up the numbers: ones under ones, tens under tens."),
    ("fb-math-next-1", Ma, Next, "Morgen oefen je tien sommen van de tafel van … en kleur je de sommen die al vlot gaan.", "Tomorrow you practise ten sums from the … times table and colour in the ones that are already quick."),
    ("fb-math-next-2", Ma, Next, "Bij de volgende toets gebruik je het stappenplan op je kaartje.", "In the next test, use the step-by-step plan on your card."),
    ("fb-math-up-1", Ma, Up, "Je doel: sommen tot … uitrekenen zonder telhulp.", "Your goal: work out sums up to … without counting aids."),
    // Spelling
    ("fb-spell-top-1", Sp, Top, "Je gebruikte de spellingregel die we oefenden en schreef de woorden goed.", "You used the spelling rule we practised and spelled the words correctly."),
    ("fb-spell-top-2", Sp, Top, "Je las je dictee na en verbeterde zelf drie woorden.", "You checked your dictation and corrected three words yourself."),
    ("fb-spell-top-3", Sp, Top, "Je zei het woord zacht in klankgroepen voordat je het opschreef.", "You quietly said the word in sound chunks before you wrote it down."),
    ("fb-spell-tip-1", Sp, Tip, "Zeg het woord hardop in stukjes en denk bij elk stukje aan de regel.", "Say the word aloud in chunks and think of the rule for each chunk."),
    ("fb-spell-tip-2", Sp, Tip, "Twijfel je? Zoek het woord op in de woordenlijst achter in je schrift.", "Not sure? Look the word up in the word list at the back of your notebook."),
    ("fb-spell-tip-3", Sp, Tip, "Zoek bij werkwoorden eerst de persoonsvorm; kies daarna de goede uitgang.", "With verbs, find who is doing it first; then choose the right ending."),
    ("fb-spell-next-1", Sp, Next, "Deze week oefen je elke dag vijf woorden van jouw lijstje: kijken, afdekken, schrijven, controleren.", "This week you practise five words from your list every day: look, cover, write, check."),
    ("fb-spell-next-2", Sp, Next, "Na het volgende dictee kleur je de woorden waarover je twijfelde.", "After the next dictation, colour in the words you weren't sure about."),
    ("fb-spell-next-3", Sp, Next, "Volgende keer bedenk je een eigen ezelsbruggetje voor het woord …", "Next time you make up your own memory trick for the word …"),
    ("fb-spell-up-1", Sp, Up, "We werken aan de regel …: je doel is … van de … woorden goed schrijven in een dictee.", "We're working on the … rule: your goal is to spell … out of … words correctly in a dictation."),
    // Writing
    ("fb-write-top-1", Wr, Top, "Je tekst heeft een duidelijk begin, midden en einde.", "Your text has a clear beginning, middle and end."),
    ("fb-write-top-2", Wr, Top, "Je koos precieze woorden, zoals …, waardoor ik het voor me zag.", "You chose precise words, like …, so I could picture it."),
    ("fb-write-top-3", Wr, Top, "Je maakte eerst een schrijfplan en volgde het.", "You made a writing plan first and followed it."),
    ("fb-write-tip-1", Wr, Tip, "Begin een nieuwe alinea als je over iets nieuws vertelt.", "Start a new paragraph when you write about something new."),
    ("fb-write-tip-2", Wr, Tip, "Lees je tekst hardop voor jezelf: waar hoor je dat er een punt moet?", "Read your text aloud to yourself: where do you hear that a full stop is needed?"),
    ("fb-write-tip-3", Wr, Tip, "Vertel ook wat je hoofdpersoon voelt.", "Tell the reader how your main character feels, too."),
    ("fb-write-next-1", Wr, Next, "Volgende keer gebruik je de schrijfkaart met verbindingswoorden (daarna, omdat, toch).", "Next time, use the writing card with linking words (then, because, however)."),
    ("fb-write-next-2", Wr, Next, "Morgen herschrijf je je eerste zin, zodat de lezer meteen verder wil lezen.", "Tomorrow you rewrite your first sentence so the reader wants to keep reading."),
    ("fb-write-next-3", Wr, Next, "Lees je tekst samen met een klasgenoot na met de checklist.", "Check your text together with a classmate, using the checklist."),
    ("fb-write-up-1", Wr, Up, "Je doel: een tekst schrijven met … alinea's die elk over één onderwerp gaan.", "Your goal: write a text with … paragraphs, each about one topic."),
    // Social-emotional
    ("fb-soc-top-1", Se, Top, "Je wachtte je beurt af en luisterde naar wat … zei.", "You waited for your turn and listened to what … said."),
    ("fb-soc-top-2", Se, Top, "Toen je boos werd, nam je even afstand en kwam je daarna rustig terug.", "When you got angry, you took a short break and then came back calmly."),
    ("fb-soc-top-3", Se, Top, "Je hielp … zonder dat iemand het vroeg.", "You helped … without anyone asking."),
    ("fb-soc-top-4", Se, Top, "Je zei wat je voelde met een ik-boodschap.", "You said how you felt with an I-message."),
    ("fb-soc-tip-1", Se, Tip, "Word je boos? Adem dan eerst drie keer diep in en uit.", "Feeling angry? First take three deep breaths in and out."),
    ("fb-soc-tip-2", Se, Tip, "Vraag bij een ruzie eerst wat de ander bedoelde, en reageer daarna.", "In a disagreement, first ask what the other person meant, then respond."),
    ("fb-soc-next-1", Se, Next, "Deze week kies je één moment om een klasgenoot een compliment te geven over iets wat die deed.", "This week, choose one moment to give a classmate a compliment about something they did."),
    ("fb-soc-next-2", Se, Next, "Morgen oefenen we samen de stappen van het stoplicht: stop, denk, doe.", "Tomorrow we practise the traffic-light steps together: stop, think, act."),
    ("fb-soc-up-1", Se, Up, "We werken eraan dat je bij een ruzie eerst zegt wat je voelt.", "We're working on saying how you feel first when there's a disagreement."),
    // Work habits
    ("fb-work-top-1", Wh, Top, "Je begon meteen aan je taak en werkte door tot de timer afliep.", "You started your task straight away and kept working until the timer went off."),
    ("fb-work-top-2", Wh, Top, "Je gebruikte je planbord en vinkte af wat klaar was.", "You used your planning board and ticked off what was done."),
    ("fb-work-top-3", Wh, Top, "Je vroeg hulp toen je vastliep, en daarna werkte je zelf verder.", "You asked for help when you got stuck, and then carried on by yourself."),
    ("fb-work-top-4", Wh, Top, "Je bleef bij je werk, ook toen het in de klas wat drukker werd.", "You stayed with your work, even when the classroom got busier."),
    ("fb-work-tip-1", Wh, Tip, "Leg voor je begint alles klaar wat je nodig hebt.", "Before you start, get everything ready that you need."),
    ("fb-work-tip-2", Wh, Tip, "Deel een grote taak op in kleine stappen en zet een vinkje na elke stap.", "Split a big task into small steps and tick off each step."),
    ("fb-work-tip-3", Wh, Tip, "Leg je vraagkaartje neer als je hulp nodig hebt, en werk intussen verder aan een andere opdracht.", "Put out your question card when you need help, and work on another task in the meantime."),
    ("fb-work-next-1", Wh, Next, "Morgen zet je de timer op tien minuten en kijk je hoeveel je in die tijd afmaakt.", "Tomorrow you set the timer for ten minutes and see how much you finish in that time."),
    ("fb-work-next-2", Wh, Next, "Volgende week kies je zelf de volgorde van je weektaak.", "Next week you choose the order of your weekly tasks yourself."),
    ("fb-work-up-1", Wh, Up, "Je doel: je weektaak zelfstandig afmaken, met hoogstens … hulpvragen.", "Your goal: finish your weekly tasks on your own, with at most … questions for help."),
    // General
    ("fb-gen-top-1", Gen, Top, "Je hebt goed doorgezet, ook toen het lastig werd.", "You kept going, even when it got hard."),
    ("fb-gen-top-2", Gen, Top, "Je probeerde een nieuwe aanpak en ontdekte wat voor jou werkt.", "You tried a new approach and found out what works for you."),
    ("fb-gen-top-3", Gen, Top, "Je oefenen heeft effect: dit lukt je nu beter dan vorige week.", "Your practice is paying off: this goes better now than last week."),
    ("fb-gen-top-4", Gen, Top, "Je vertelde eerlijk wat je nog moeilijk vindt; zo kunnen we er samen aan werken.", "You told me honestly what you still find hard, so we can work on it together."),
    ("fb-gen-tip-1", Gen, Tip, "Kijk je werk na voordat je het inlevert.", "Check your work before you hand it in."),
    ("fb-gen-tip-2", Gen, Tip, "Dit lukt nog niet helemaal; welke stap kun je als eerste proberen?", "This isn't quite working yet; which step could you try first?"),
    ("fb-gen-next-1", Gen, Next, "Wat ga je de volgende keer anders doen? Schrijf het op je kaartje.", "What will you do differently next time? Write it on your card."),
    ("fb-gen-next-2", Gen, Next, "Bij ons volgende één-op-één-moment kijken we samen hoe het ging.", "At our next one-on-one moment, we'll look together at how it went."),
    ("fb-gen-next-3", Gen, Next, "Kies één tip om deze week mee te oefenen; vrijdag bespreken we hoe het ging.", "Pick one tip to practise this week; on Friday we'll talk about how it went."),
    ("fb-gen-up-1", Gen, Up, "Je werkt aan het doel: … Vandaag kijken we hoe ver je al bent.", "You're working on the goal: … Today we'll see how far you've come."),
    ("fb-gen-up-2", Gen, Up, "Wat wil je leren? Zeg het in je eigen woorden: ‘Ik kan …’", "What do you want to learn? Say it in your own words: 'I can …'"),
    // Tips for home (the parent report): short, doable in ten minutes, no school material needed.
    ("fb-read-home-1", Re, Home, "Lees elke dag tien minuten samen: om de beurt een bladzijde.", "Read together for ten minutes every day, taking turns page by page."),
    ("fb-read-home-2", Re, Home, "Laat uw kind een korte tekst twee keer voorlezen; de tweede keer gaat het vaak al vlotter.", "Let your child read a short text aloud twice; the second time is often already smoother."),
    ("fb-math-home-1", Ma, Home, "Reken samen in het dagelijks leven: bij het koken, boodschappen doen of de tafel dekken.", "Do sums together in daily life: while cooking, shopping or setting the table."),
    ("fb-math-home-2", Ma, Home, "Oefen elke dag vijf minuten de tafels die al bijna lukken, als spelletje.", "Practise the times tables that are almost there for five minutes a day, as a game."),
    ("fb-spell-home-1", Sp, Home, "Laat uw kind drie woorden van de week opschrijven en samen nakijken.", "Let your child write down three words of the week and check them together."),
    ("fb-spell-home-2", Sp, Home, "Speel woordspelletjes zoals galgje of woordzoekers met de woorden van deze week.", "Play word games such as hangman or word searches with this week's words."),
    ("fb-write-home-1", Wr, Home, "Laat uw kind een boodschappenlijstje, een kaart of een kort berichtje schrijven.", "Let your child write a shopping list, a card or a short message."),
    ("fb-write-home-2", Wr, Home, "Vraag uw kind na school in drie zinnen te vertellen wat er gebeurde; schrijf er samen één op.", "Ask your child to tell you in three sentences what happened at school; write one of them down together."),
    ("fb-soc-home-1", Se, Home, "Praat bij het eten over één ding dat goed ging vandaag en één ding dat lastig was.", "At dinner, talk about one thing that went well today and one thing that was hard."),
    ("fb-soc-home-2", Se, Home, "Geef een compliment over wat uw kind deed, zoals ‘je bleef rustig toen het spel tegenzat’.", "Give a compliment about what your child did, such as 'you stayed calm when the game went wrong'."),
    ("fb-work-home-1", Wh, Home, "Maak samen een vast plekje en tijdstip voor huiswerk, met een timer van tien minuten.", "Make a fixed place and time for homework together, with a ten-minute timer."),
    ("fb-work-home-2", Wh, Home, "Laat uw kind zelf de volgorde van een klusje kiezen en vraag daarna hoe het ging.", "Let your child choose the order of a small job and ask afterwards how it went."),
    ("fb-gen-home-1", Gen, Home, "Vraag niet ‘hoe was school?’, maar ‘wat heb je vandaag geoefend?’", "Instead of 'how was school?', ask 'what did you practise today?'"),
    ("fb-gen-home-2", Gen, Home, "Vier kleine stappen vooruit: noem wat uw kind deed en hoe het dat aanpakte.", "Celebrate small steps forward: say what your child did and how they went about it."),
];

#[cfg(test)]
mod tests {
    use super::super::check::word_nudges;
    use super::*;

    fn own(id: &str, nl: &str, en: &str) -> Template {
        Template {
            id: id.into(),
            domain: Domain::Maths,
            part: Part::Top,
            nl: nl.into(),
            en: en.into(),
            builtin: true,
        }
    }

    #[test]
    fn at_least_sixty_builtins_with_both_languages_and_unique_ids() {
        let all = builtin_templates();
        assert!(all.len() >= 60, "only {}", all.len());
        for (i, t) in all.iter().enumerate() {
            assert!(t.builtin);
            assert!(
                !t.nl.trim().is_empty() && !t.en.trim().is_empty(),
                "{}",
                t.id
            );
            assert!(
                t.nl.chars().count() <= MAX_TEMPLATE_CHARS
                    && t.en.chars().count() <= MAX_TEMPLATE_CHARS
            );
            assert!(t.id.starts_with("fb-"), "{}", t.id);
            assert!(
                all.iter().skip(i + 1).all(|o| o.id != t.id),
                "duplicate id {}",
                t.id
            );
        }
    }

    #[test]
    fn every_domain_has_every_part() {
        let all = builtin_templates();
        for domain in Domain::ALL {
            for part in Part::ALL {
                assert!(
                    all.iter().any(|t| t.domain == domain && t.part == part),
                    "{domain:?} {part:?}"
                );
            }
        }
    }

    #[test]
    fn no_builtin_triggers_a_word_nudge() {
        for t in builtin_templates() {
            for lang in [Lang::Nl, Lang::En] {
                let nudges = word_nudges(t.text(lang), lang, t.part, 0);
                assert!(
                    nudges.is_empty(),
                    "{} ({lang:?}) triggers {:?}",
                    t.id,
                    nudges
                );
            }
        }
    }

    #[test]
    fn stable_ids_spot_check() {
        let all = builtin_templates();
        let t = all.iter().find(|t| t.id == "fb-math-top-1").unwrap();
        assert_eq!(
            t.en,
            "Your plan of checking each sum worked: you found two mistakes yourself."
        );
        assert_eq!(all.first().map(|t| t.id.as_str()), Some("fb-read-top-1"));
    }

    #[test]
    fn add_validates_and_forces_own() {
        let mut list = Vec::new();
        add_template(&mut list, own(" t1 ", "  Je ging door. ", "")).unwrap();
        assert_eq!(list[0].id, "t1");
        assert_eq!(list[0].nl, "Je ging door.");
        assert!(!list[0].builtin);
        assert_eq!(list[0].text(Lang::En), "Je ging door.");
        let long = "x".repeat(MAX_TEMPLATE_CHARS + 1);
        let cases = [
            (own("t1", "a", ""), TemplateEditError::DuplicateId),
            (own("fb-gen-top-1", "a", ""), TemplateEditError::DuplicateId),
            (own(" ", "a", "b"), TemplateEditError::MissingId),
            (own("t2", "  ", "\n"), TemplateEditError::NoText),
            (
                own("t2", &long, ""),
                TemplateEditError::TooLong {
                    lang: Lang::Nl,
                    len: MAX_TEMPLATE_CHARS + 1,
                    max: MAX_TEMPLATE_CHARS,
                },
            ),
            (
                own("t2", "a", &long),
                TemplateEditError::TooLong {
                    lang: Lang::En,
                    len: MAX_TEMPLATE_CHARS + 1,
                    max: MAX_TEMPLATE_CHARS,
                },
            ),
        ];
        for (t, want) in cases {
            assert_eq!(add_template(&mut list, t), Err(want));
        }
        add_template(&mut list, own("t2", "", "Only English")).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].text(Lang::Nl), "Only English");
    }

    #[test]
    fn edit_and_delete() {
        let mut list = Vec::new();
        add_template(&mut list, own("t1", "a", "b")).unwrap();
        edit_template(&mut list, "t1", Domain::Reading, Part::Tip, " nieuw ", "").unwrap();
        assert_eq!(
            list[0],
            Template {
                id: "t1".into(),
                domain: Domain::Reading,
                part: Part::Tip,
                nl: "nieuw".into(),
                en: "".into(),
                builtin: false
            }
        );
        assert_eq!(
            edit_template(&mut list, "t1", Domain::Reading, Part::Tip, "", " "),
            Err(TemplateEditError::NoText)
        );
        assert_eq!(list[0].nl, "nieuw", "a failed edit changes nothing");
        assert_eq!(
            edit_template(&mut list, "nope", Domain::Reading, Part::Tip, "x", ""),
            Err(TemplateEditError::NotFound)
        );
        assert_eq!(
            edit_template(
                &mut list,
                "fb-gen-top-1",
                Domain::Reading,
                Part::Tip,
                "x",
                ""
            ),
            Err(TemplateEditError::BuiltinReadOnly)
        );
        let mut mixed = builtin_templates();
        assert_eq!(
            delete_template(&mut mixed, "fb-gen-top-1"),
            Err(TemplateEditError::BuiltinReadOnly)
        );
        assert_eq!(
            delete_template(&mut list, "nope"),
            Err(TemplateEditError::NotFound)
        );
        let removed = delete_template(&mut list, "t1").unwrap();
        assert_eq!(removed.id, "t1");
        assert!(list.is_empty());
    }

    #[test]
    fn copy_builtin_and_filter() {
        let all = builtin_templates();
        let b = all.iter().find(|t| t.id == "fb-read-tip-1").unwrap();
        let c = copy_template(b, "mine-1").unwrap();
        assert!(!c.builtin);
        assert_eq!(
            (c.nl.as_str(), c.domain, c.part),
            (b.nl.as_str(), b.domain, b.part)
        );
        let reading_tips = templates_for(&all, Domain::Reading, Part::Tip);
        assert!(reading_tips
            .iter()
            .all(|t| t.part == Part::Tip && matches!(t.domain, Domain::Reading | Domain::General)));
        assert!(reading_tips.iter().any(|t| t.domain == Domain::General));
    }

    #[test]
    fn template_roundtrips() {
        let t = builtin_templates().remove(0);
        let back: Template = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
        let old: Template =
            serde_json::from_str(r#"{"id":"x","domain":"Maths","part":"Tip","nl":"hoi"}"#).unwrap();
        assert_eq!((old.en.as_str(), old.builtin), ("", false));
    }
}
