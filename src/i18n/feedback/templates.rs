//! The wording of the built-in sentence starters and templates, in Dutch and English, by the
//! stable id the domain gives each (`crate::domain::feedback::builtin_templates`), and which
//! text of a template to show in a language.
//!
//! The wording follows the seeds: warm, concrete, about the process, never about the person
//! and never absolute; a test runs every text through the word checks. "…" marks a gap the
//! teacher fills in.

use crate::domain::feedback::{builtin_templates, Template, TemplateField};
use crate::i18n::Lang;

/// The field of a template that holds its text in `lang`.
pub fn template_field(lang: Lang) -> TemplateField {
    match lang {
        Lang::Nl => TemplateField::Nl,
        Lang::En => TemplateField::En,
    }
}

/// A built-in's wording in `lang`; `None` for an id that is not a built-in.
pub fn builtin_text(id: &str, lang: Lang) -> Option<&'static str> {
    TEXTS.iter().find(|row| row.0 == id).map(|(_, nl, en)| match lang {
        Lang::Nl => *nl,
        Lang::En => *en,
    })
}

/// A template's text in `lang`: a built-in's wording, or the teacher's own text in that
/// language (in the other one when the teacher wrote only one).
pub fn template_text(t: &Template, lang: Lang) -> &str {
    match t.builtin.then(|| builtin_text(&t.id, lang)).flatten() {
        Some(text) => text,
        None => t.text_in(template_field(lang)),
    }
}

/// The built-in templates with their wording in both fields: to show, and to copy one to
/// make it the teacher's own.
pub fn builtins_with_text() -> Vec<Template> {
    builtin_templates()
        .into_iter()
        .map(|t| Template {
            nl: builtin_text(&t.id, Lang::Nl).unwrap_or_default().to_string(),
            en: builtin_text(&t.id, Lang::En).unwrap_or_default().to_string(),
            ..t
        })
        .collect()
}

/// (id, Dutch, English), one row per built-in of the domain, in its order (a test checks).
#[rustfmt::skip]
const TEXTS: &[(&str, &str, &str)] = &[
    // Reading
    ("fb-read-top-1", "Je las de moeilijke woorden in stukjes; zo lukte het je om ze te lezen.", "You read the hard words in chunks, and that helped you read them."),
    ("fb-read-top-2", "Je las met expressie: je stem paste bij wat er in het verhaal gebeurde.", "You read with expression: your voice matched what was happening in the story."),
    ("fb-read-top-3", "Je las de zin opnieuw toen iets niet klopte. Zo controleer je of je het begrijpt.", "You reread the sentence when something didn't make sense. That's how you check your understanding."),
    ("fb-read-tip-1", "Lees lange woorden helemaal tot de laatste letter; het einde verandert soms het woord.", "Read long words right to the last letter; the ending sometimes changes the word."),
    ("fb-read-tip-2", "Stop even bij een punt, dan klinkt je zin duidelijker voor wie luistert.", "Pause briefly at each full stop so your sentences sound clearer to the listener."),
    ("fb-read-tip-3", "Bekijk voor je begint de titel en de plaatjes: waar zou de tekst over gaan?", "Before you start, look at the title and the pictures: what might the text be about?"),
    ("fb-read-next-1", "Volgende keer lees je dezelfde tekst nog twee keer; daarna kijken we samen hoeveel woorden je goed leest.", "Next time you read the same text twice more; then we'll look together at how many words you read correctly."),
    ("fb-read-next-2", "Deze week oefen je elke dag vijf minuten met je leesmaatje.", "This week you practise for five minutes every day with your reading buddy."),
    ("fb-read-next-3", "Vertel na elke bladzijde in één zin wat er gebeurde.", "After each page, tell in one sentence what happened."),
    ("fb-read-up-1", "We werken aan vlot lezen: je doel is … woorden per minuut goed lezen in een tekst op jouw niveau.", "We're working on reading fluently: your goal is to read … words correctly per minute in a text at your level."),
    // Maths
    ("fb-math-top-1", "Je plan om elke som na te rekenen werkte: je vond zelf twee foutjes.", "Your plan of checking each sum worked: you found two mistakes yourself."),
    ("fb-math-top-2", "Je tekende de som eerst uit; zo zag je wat je moest uitrekenen.", "You drew the problem first, so you could see what to work out."),
    ("fb-math-top-3", "Je bleef zoeken naar een andere aanpak toen de eerste niet werkte.", "You kept looking for another way when the first one didn't work."),
    ("fb-math-top-4", "Je legde in je eigen woorden uit hoe je op het antwoord kwam.", "You explained in your own words how you got to the answer."),
    ("fb-math-tip-1", "Schrijf bij een verhaalsom eerst op wat je al weet en wat je zoekt.", "For a word problem, first write down what you already know and what you need to find."),
    ("fb-math-tip-2", "Controleer je antwoord met de omgekeerde som.", "Check your answer with the inverse sum."),
    ("fb-math-tip-3", "Zet de getallen netjes onder elkaar: eenheden onder eenheden, tientallen onder tientallen.", "Line up the numbers: ones under ones, tens under tens."),
    ("fb-math-next-1", "Morgen oefen je tien sommen van de tafel van … en kleur je de sommen die al vlot gaan.", "Tomorrow you practise ten sums from the … times table and colour in the ones that are already quick."),
    ("fb-math-next-2", "Bij de volgende toets gebruik je het stappenplan op je kaartje.", "In the next test, use the step-by-step plan on your card."),
    ("fb-math-up-1", "Je doel: sommen tot … uitrekenen zonder telhulp.", "Your goal: work out sums up to … without counting aids."),
    // Spelling
    ("fb-spell-top-1", "Je gebruikte de spellingregel die we oefenden en schreef de woorden goed.", "You used the spelling rule we practised and spelled the words correctly."),
    ("fb-spell-top-2", "Je las je dictee na en verbeterde zelf drie woorden.", "You checked your dictation and corrected three words yourself."),
    ("fb-spell-top-3", "Je zei het woord zacht in klankgroepen voordat je het opschreef.", "You quietly said the word in sound chunks before you wrote it down."),
    ("fb-spell-tip-1", "Zeg het woord hardop in stukjes en denk bij elk stukje aan de regel.", "Say the word aloud in chunks and think of the rule for each chunk."),
    ("fb-spell-tip-2", "Twijfel je? Zoek het woord op in de woordenlijst achter in je schrift.", "Not sure? Look the word up in the word list at the back of your notebook."),
    ("fb-spell-tip-3", "Zoek bij werkwoorden eerst de persoonsvorm; kies daarna de goede uitgang.", "With verbs, find who is doing it first; then choose the right ending."),
    ("fb-spell-next-1", "Deze week oefen je elke dag vijf woorden van jouw lijstje: kijken, afdekken, schrijven, controleren.", "This week you practise five words from your list every day: look, cover, write, check."),
    ("fb-spell-next-2", "Na het volgende dictee kleur je de woorden waarover je twijfelde.", "After the next dictation, colour in the words you weren't sure about."),
    ("fb-spell-next-3", "Volgende keer bedenk je een eigen ezelsbruggetje voor het woord …", "Next time you make up your own memory trick for the word …"),
    ("fb-spell-up-1", "We werken aan de regel …: je doel is … van de … woorden goed schrijven in een dictee.", "We're working on the … rule: your goal is to spell … out of … words correctly in a dictation."),
    // Writing
    ("fb-write-top-1", "Je tekst heeft een duidelijk begin, midden en einde.", "Your text has a clear beginning, middle and end."),
    ("fb-write-top-2", "Je koos precieze woorden, zoals …, waardoor ik het voor me zag.", "You chose precise words, like …, so I could picture it."),
    ("fb-write-top-3", "Je maakte eerst een schrijfplan en volgde het.", "You made a writing plan first and followed it."),
    ("fb-write-tip-1", "Begin een nieuwe alinea als je over iets nieuws vertelt.", "Start a new paragraph when you write about something new."),
    ("fb-write-tip-2", "Lees je tekst hardop voor jezelf: waar hoor je dat er een punt moet?", "Read your text aloud to yourself: where do you hear that a full stop is needed?"),
    ("fb-write-tip-3", "Vertel ook wat je hoofdpersoon voelt.", "Tell the reader how your main character feels, too."),
    ("fb-write-next-1", "Volgende keer gebruik je de schrijfkaart met verbindingswoorden (daarna, omdat, toch).", "Next time, use the writing card with linking words (then, because, however)."),
    ("fb-write-next-2", "Morgen herschrijf je je eerste zin, zodat de lezer meteen verder wil lezen.", "Tomorrow you rewrite your first sentence so the reader wants to keep reading."),
    ("fb-write-next-3", "Lees je tekst samen met een klasgenoot na met de checklist.", "Check your text together with a classmate, using the checklist."),
    ("fb-write-up-1", "Je doel: een tekst schrijven met … alinea's die elk over één onderwerp gaan.", "Your goal: write a text with … paragraphs, each about one topic."),
    // Social-emotional
    ("fb-soc-top-1", "Je wachtte je beurt af en luisterde naar wat … zei.", "You waited for your turn and listened to what … said."),
    ("fb-soc-top-2", "Toen je boos werd, nam je even afstand en kwam je daarna rustig terug.", "When you got angry, you took a short break and then came back calmly."),
    ("fb-soc-top-3", "Je hielp … zonder dat iemand het vroeg.", "You helped … without anyone asking."),
    ("fb-soc-top-4", "Je zei wat je voelde met een ik-boodschap.", "You said how you felt with an I-message."),
    ("fb-soc-tip-1", "Word je boos? Adem dan eerst drie keer diep in en uit.", "Feeling angry? First take three deep breaths in and out."),
    ("fb-soc-tip-2", "Vraag bij een ruzie eerst wat de ander bedoelde, en reageer daarna.", "In a disagreement, first ask what the other person meant, then respond."),
    ("fb-soc-next-1", "Deze week kies je één moment om een klasgenoot een compliment te geven over iets wat die deed.", "This week, choose one moment to give a classmate a compliment about something they did."),
    ("fb-soc-next-2", "Morgen oefenen we samen de stappen van het stoplicht: stop, denk, doe.", "Tomorrow we practise the traffic-light steps together: stop, think, act."),
    ("fb-soc-up-1", "We werken eraan dat je bij een ruzie eerst zegt wat je voelt.", "We're working on saying how you feel first when there's a disagreement."),
    // Work habits
    ("fb-work-top-1", "Je begon meteen aan je taak en werkte door tot de timer afliep.", "You started your task straight away and kept working until the timer went off."),
    ("fb-work-top-2", "Je gebruikte je planbord en vinkte af wat klaar was.", "You used your planning board and ticked off what was done."),
    ("fb-work-top-3", "Je vroeg hulp toen je vastliep, en daarna werkte je zelf verder.", "You asked for help when you got stuck, and then carried on by yourself."),
    ("fb-work-top-4", "Je bleef bij je werk, ook toen het in de klas wat drukker werd.", "You stayed with your work, even when the classroom got busier."),
    ("fb-work-tip-1", "Leg voor je begint alles klaar wat je nodig hebt.", "Before you start, get everything ready that you need."),
    ("fb-work-tip-2", "Deel een grote taak op in kleine stappen en zet een vinkje na elke stap.", "Split a big task into small steps and tick off each step."),
    ("fb-work-tip-3", "Leg je vraagkaartje neer als je hulp nodig hebt, en werk intussen verder aan een andere opdracht.", "Put out your question card when you need help, and work on another task in the meantime."),
    ("fb-work-next-1", "Morgen zet je de timer op tien minuten en kijk je hoeveel je in die tijd afmaakt.", "Tomorrow you set the timer for ten minutes and see how much you finish in that time."),
    ("fb-work-next-2", "Volgende week kies je zelf de volgorde van je weektaak.", "Next week you choose the order of your weekly tasks yourself."),
    ("fb-work-up-1", "Je doel: je weektaak zelfstandig afmaken, met hoogstens … hulpvragen.", "Your goal: finish your weekly tasks on your own, with at most … questions for help."),
    // General
    ("fb-gen-top-1", "Je hebt goed doorgezet, ook toen het lastig werd.", "You kept going, even when it got hard."),
    ("fb-gen-top-2", "Je probeerde een nieuwe aanpak en ontdekte wat voor jou werkt.", "You tried a new approach and found out what works for you."),
    ("fb-gen-top-3", "Je oefenen heeft effect: dit lukt je nu beter dan vorige week.", "Your practice is paying off: this goes better now than last week."),
    ("fb-gen-top-4", "Je vertelde eerlijk wat je nog moeilijk vindt; zo kunnen we er samen aan werken.", "You told me honestly what you still find hard, so we can work on it together."),
    ("fb-gen-tip-1", "Kijk je werk na voordat je het inlevert.", "Check your work before you hand it in."),
    ("fb-gen-tip-2", "Dit lukt nog niet helemaal; welke stap kun je als eerste proberen?", "This isn't quite working yet; which step could you try first?"),
    ("fb-gen-next-1", "Wat ga je de volgende keer anders doen? Schrijf het op je kaartje.", "What will you do differently next time? Write it on your card."),
    ("fb-gen-next-2", "Bij ons volgende één-op-één-moment kijken we samen hoe het ging.", "At our next one-on-one moment, we'll look together at how it went."),
    ("fb-gen-next-3", "Kies één tip om deze week mee te oefenen; vrijdag bespreken we hoe het ging.", "Pick one tip to practise this week; on Friday we'll talk about how it went."),
    ("fb-gen-up-1", "Je werkt aan het doel: … Vandaag kijken we hoe ver je al bent.", "You're working on the goal: … Today we'll see how far you've come."),
    ("fb-gen-up-2", "Wat wil je leren? Zeg het in je eigen woorden: ‘Ik kan …’", "What do you want to learn? Say it in your own words: 'I can …'"),
    // Tips for home (the parent report): short, doable in ten minutes, no school material needed.
    ("fb-read-home-1", "Lees elke dag tien minuten samen: om de beurt een bladzijde.", "Read together for ten minutes every day, taking turns page by page."),
    ("fb-read-home-2", "Laat uw kind een korte tekst twee keer voorlezen; de tweede keer gaat het vaak al vlotter.", "Let your child read a short text aloud twice; the second time is often already smoother."),
    ("fb-math-home-1", "Reken samen in het dagelijks leven: bij het koken, boodschappen doen of de tafel dekken.", "Do sums together in daily life: while cooking, shopping or setting the table."),
    ("fb-math-home-2", "Oefen elke dag vijf minuten de tafels die al bijna lukken, als spelletje.", "Practise the times tables that are almost there for five minutes a day, as a game."),
    ("fb-spell-home-1", "Laat uw kind drie woorden van de week opschrijven en samen nakijken.", "Let your child write down three words of the week and check them together."),
    ("fb-spell-home-2", "Speel woordspelletjes zoals galgje of woordzoekers met de woorden van deze week.", "Play word games such as hangman or word searches with this week's words."),
    ("fb-write-home-1", "Laat uw kind een boodschappenlijstje, een kaart of een kort berichtje schrijven.", "Let your child write a shopping list, a card or a short message."),
    ("fb-write-home-2", "Vraag uw kind na school in drie zinnen te vertellen wat er gebeurde; schrijf er samen één op.", "Ask your child to tell you in three sentences what happened at school; write one of them down together."),
    ("fb-soc-home-1", "Praat bij het eten over één ding dat goed ging vandaag en één ding dat lastig was.", "At dinner, talk about one thing that went well today and one thing that was hard."),
    ("fb-soc-home-2", "Geef een compliment over wat uw kind deed, zoals ‘je bleef rustig toen het spel tegenzat’.", "Give a compliment about what your child did, such as 'you stayed calm when the game went wrong'."),
    ("fb-work-home-1", "Maak samen een vast plekje en tijdstip voor huiswerk, met een timer van tien minuten.", "Make a fixed place and time for homework together, with a ten-minute timer."),
    ("fb-work-home-2", "Laat uw kind zelf de volgorde van een klusje kiezen en vraag daarna hoe het ging.", "Let your child choose the order of a small job and ask afterwards how it went."),
    ("fb-gen-home-1", "Vraag niet ‘hoe was school?’, maar ‘wat heb je vandaag geoefend?’", "Instead of 'how was school?', ask 'what did you practise today?'"),
    ("fb-gen-home-2", "Vier kleine stappen vooruit: noem wat uw kind deed en hoe het dat aanpakte.", "Celebrate small steps forward: say what your child did and how they went about it."),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feedback::{copy_template, scan_text, Domain, Part, MAX_TEMPLATE_CHARS};

    #[test]
    fn every_builtin_has_both_texts_within_the_limit() {
        let all = builtin_templates();
        assert_eq!(TEXTS.len(), all.len(), "a text without a built-in, or the other way round");
        for (t, row) in all.iter().zip(TEXTS) {
            assert_eq!(t.id, row.0, "texts out of the built-ins' order");
            for lang in [Lang::Nl, Lang::En] {
                let text = builtin_text(&t.id, lang).unwrap_or_default();
                assert!(!text.trim().is_empty(), "{} ({lang:?}) has no text", t.id);
                assert!(text.chars().count() <= MAX_TEMPLATE_CHARS, "{} ({lang:?})", t.id);
                assert_eq!(template_text(t, lang), text);
            }
        }
        assert_eq!(
            builtin_text("fb-math-top-1", Lang::En),
            Some("Your plan of checking each sum worked: you found two mistakes yourself.")
        );
        assert_eq!(builtin_text("mine-1", Lang::Nl), None);
        // With their wording filled in, every built-in can be copied to make it your own.
        for b in builtins_with_text() {
            let c = copy_template(&b, "mine-1").unwrap();
            assert!(!c.builtin);
            assert_eq!((template_text(&c, Lang::Nl), template_text(&c, Lang::En)), (b.nl.as_str(), b.en.as_str()));
        }
        // A teacher's own template: its text in the language, else the one it has.
        let own = Template { id: "t1".into(), domain: Domain::Maths, part: Part::Top, nl: "Je ging door.".into(), en: " ".into(), builtin: false };
        assert_eq!(template_text(&own, Lang::En), "Je ging door.");
    }

    #[test]
    fn no_builtin_triggers_a_word_nudge() {
        for t in builtin_templates() {
            for lang in [Lang::Nl, Lang::En] {
                let hits = scan_text(template_text(&t, lang), crate::i18n::feedback::lexicons(lang));
                assert!(hits.is_empty(), "{} ({lang:?}) triggers {:?}", t.id, hits);
            }
        }
    }
}
