//! The lexicon: known countries, agencies, groups, organisations, media and
//! places with their aliases, loaded from TOML. The built-in lexicon lives in
//! `assets/lexicon/` and is compiled into the binary; a user lexicon
//! (`linkchart.toml` in the opened folder or the config directory) adds and
//! overrides entries.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

use serde::Deserialize;

use super::text::name_key;
use crate::model::EntityKind;

/// The built-in lexicon files, compiled in so the binary works from anywhere.
pub const BUILTIN: &[(&str, &str)] = &[
    ("countries.toml", include_str!("../../assets/lexicon/countries.toml")),
    ("agencies.toml", include_str!("../../assets/lexicon/agencies.toml")),
    ("groups.toml", include_str!("../../assets/lexicon/groups.toml")),
    ("organizations.toml", include_str!("../../assets/lexicon/organizations.toml")),
    ("media.toml", include_str!("../../assets/lexicon/media.toml")),
    ("places.toml", include_str!("../../assets/lexicon/places.toml")),
];

/// One TOML file of the lexicon. Every section is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    #[serde(default)]
    pub country: Vec<RawEntry>,
    #[serde(default)]
    pub agency: Vec<RawEntry>,
    #[serde(default)]
    pub group: Vec<RawEntry>,
    #[serde(default)]
    pub organization: Vec<RawEntry>,
    #[serde(default)]
    pub media: Vec<RawEntry>,
    #[serde(default)]
    pub place: Vec<RawEntry>,
    #[serde(default)]
    pub person: Vec<RawEntry>,
    /// Names never to report as entities (user lexicons).
    #[serde(default)]
    pub ignore: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Countries: adjective and demonym forms ("Turkish").
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Agencies, groups, places: the country it belongs to.
    #[serde(default)]
    pub country: Option<String>,
    /// Groups: the parent group of a branch or wing.
    #[serde(default)]
    pub parent: Option<String>,
    /// Agencies: intelligence, police, army, military, ...
    #[serde(default)]
    pub role: Option<String>,
    /// Agencies: the one body generic phrases ("Turkish intelligence") mean.
    #[serde(default)]
    pub primary: bool,
    /// User lexicons: override the kind of an entry.
    #[serde(default)]
    pub kind: Option<String>,
}

/// A lexicon entry, resolved.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub role: Option<String>,
    pub primary: bool,
}

/// A surface form to look for in text, and the entry it names.
#[derive(Clone, Debug)]
pub struct Form {
    pub text: String,
    pub entry: usize,
    /// Acronyms and very short forms match only with the same case.
    pub case_sensitive: bool,
    /// Generated descriptive forms ("Pakistani intelligence") are not shown
    /// as aliases unless they occur in the text.
    pub generated: bool,
    /// Other entries named by the same text ("GKNB": Tajikistan's and
    /// Kyrgyzstan's); the article decides which is meant.
    pub alternatives: Vec<usize>,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
    /// Name keys never reported.
    pub ignore: HashSet<String>,
    /// Name key of each entry's name -> entry.
    by_name: HashMap<String, usize>,
}

#[derive(thiserror::Error, Debug)]
pub enum LexiconError {
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

/// Descriptive forms generated for the primary agency of each role, from the
/// country's name (`{C}`) and adjectives (`{A}`).
const ROLE_TEMPLATES: &[(&str, &[&str])] = &[
    (
        "intelligence",
        &[
            "{A} intelligence",
            "{A} intelligence agency",
            "{A} intelligence service",
            "{A} intelligence services",
            "{A} spy agency",
            "{A} intelligence officials",
            "{A} intelligence officers",
            "{A} intelligence agents",
            "{C} intelligence",
            "{C} intelligence agency",
            "{C}'s intelligence agency",
            "{C}'s intelligence service",
            "{C}'s spy agency",
            "{C}'s intelligence",
        ],
    ),
    (
        "army",
        &[
            "{A} Army",
            "{C} Army",
            "{C}'s army",
            "{A} military",
            "{C} military",
            "{C}'s military",
            "{C}'s armed forces",
            "{A} armed forces",
            "{A} troops",
            "{A} soldiers",
        ],
    ),
    (
        "military",
        &[
            "{A} military",
            "{C} military",
            "{C}'s military",
            "{A} armed forces",
            "{A} troops",
            "{A} soldiers",
            "{A} forces",
            "{A} warplanes",
            "{A} jets",
            "{A} fighter jets",
            "{A} military aircraft",
        ],
    ),
    ("navy", &["{A} Navy", "{C} Navy", "{C}'s navy", "{A} marines", "{A} naval forces"]),
    ("air_force", &["{A} Air Force", "{C} Air Force", "{C}'s air force"]),
    (
        "police",
        &[
            "{A} police",
            "{C} police",
            "{C}'s police",
            "{A} police force",
            "{A} police officers",
            "{A} policemen",
            "police in {C}",
        ],
    ),
    (
        "security",
        &[
            "{A} security forces",
            "{A} security services",
            "{A} security agency",
            "{A} security",
            "{A} security officials",
            "{A} security officers",
            "{C}'s security forces",
        ],
    ),
    (
        "counterterrorism",
        &[
            "{A} counterterrorism police",
            "{A} counter-terrorism police",
            "{A} counterterrorism department",
            "{A} counter-terrorism department",
            "{A} counter-terrorism forces",
            "{A} counterterrorism forces",
            "{A} counter-terrorism officers",
            "{A} counter-terror police",
            "{A} anti-terror police",
            "{A} anti-terrorism police",
            "{C}'s counter-terrorism police",
        ],
    ),
    (
        "ministry_interior",
        &[
            "{A} Interior Ministry",
            "{A} Ministry of Interior",
            "{A} Home Ministry",
            "{C}'s Interior Ministry",
            "{C} Interior Ministry",
            "{C}'s Home Ministry",
        ],
    ),
    (
        "ministry_defence",
        &[
            "{A} Defence Ministry",
            "{A} Defense Ministry",
            "{A} Ministry of Defence",
            "{A} Ministry of Defense",
            "{C}'s Defence Ministry",
            "{C}'s Defense Ministry",
        ],
    ),
    ("ministry_foreign", &["{A} Foreign Ministry", "{A} Ministry of Foreign Affairs", "{C}'s Foreign Ministry"]),
    ("border", &["{A} border guards", "{A} border police", "{A} border forces"]),
    // (Any body of a country whose name says gendarmerie, whatever its role.)
    ("gendarmerie", &["{A} gendarmerie", "{A} gendarmes", "{C}'s gendarmerie", "{C} gendarmerie"]),
];

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn builtin() -> Result<Self, LexiconError> {
        let mut lex = Lexicon::default();
        for (file, text) in BUILTIN {
            lex.add_toml(file, text)?;
        }
        Ok(lex)
    }

    /// Adds the entries of one TOML file. An entry whose name (or kind and
    /// name) is already known replaces it: later files override earlier ones.
    pub fn add_toml(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let parsed: LexiconFile =
            toml::from_str(text).map_err(|e| LexiconError::Parse { file: file.to_owned(), message: e.to_string() })?;
        let sections = [
            (EntityKind::Country, parsed.country),
            (EntityKind::Agency, parsed.agency),
            (EntityKind::Group, parsed.group),
            (EntityKind::Organization, parsed.organization),
            (EntityKind::Media, parsed.media),
            (EntityKind::Place, parsed.place),
            (EntityKind::Person, parsed.person),
        ];
        let mut by_key = std::mem::take(&mut self.by_name);
        for (section_kind, raws) in sections {
            for raw in raws {
                if raw.name.trim().is_empty() {
                    return Err(LexiconError::Invalid {
                        file: file.to_owned(),
                        message: format!("a [[{section_kind}]] entry has an empty name"),
                    });
                }
                let kind = match raw.kind.as_deref() {
                    Some(k) => EntityKind::parse(k).ok_or_else(|| LexiconError::Invalid {
                        file: file.to_owned(),
                        message: format!("{}: unknown kind {k:?}", raw.name),
                    })?,
                    None => section_kind,
                };
                let entry = Entry {
                    name: raw.name.trim().to_owned(),
                    kind,
                    aliases: raw.aliases.iter().map(|a| a.trim().to_owned()).filter(|a| !a.is_empty()).collect(),
                    adjectives: raw.adjectives,
                    country: raw.country,
                    parent: raw.parent,
                    role: raw.role,
                    primary: raw.primary,
                };
                let key = name_key(&entry.name);
                match by_key.get(&key) {
                    Some(&i) => {
                        // Override: keep old aliases the new entry does not mention.
                        let mut merged = entry;
                        for a in &self.entries[i].aliases {
                            if !merged.aliases.contains(a) {
                                merged.aliases.push(a.clone());
                            }
                        }
                        self.entries[i] = merged;
                    }
                    None => {
                        by_key.insert(key, self.entries.len());
                        self.entries.push(entry);
                    }
                }
            }
        }
        self.by_name = by_key;
        for name in parsed.ignore {
            self.ignore.insert(name_key(&name));
        }
        Ok(())
    }

    /// Adds a user lexicon file if it exists.
    pub fn add_file(&mut self, path: &Path) -> Result<bool, LexiconError> {
        match std::fs::read_to_string(path) {
            Ok(text) => self.add_toml(&path.display().to_string(), &text).map(|()| true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(LexiconError::Parse { file: path.display().to_string(), message: e.to_string() }),
        }
    }

    /// The built-in lexicon plus the user's (`$CONFIG/linkchart/linkchart.toml`)
    /// and the folder's (`DIR/linkchart.toml`), in that order of precedence.
    pub fn for_folder(dir: Option<&Path>) -> Result<Self, LexiconError> {
        let mut lex = Self::builtin()?;
        if let Some(cfg) = dirs::config_dir() {
            lex.add_file(&cfg.join("linkchart").join("linkchart.toml"))?;
        }
        if let Some(dir) = dir {
            lex.add_file(&dir.join("linkchart.toml"))?;
        }
        Ok(lex)
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name_key(name)).copied()
    }

    /// Every surface form with its entry: names, aliases, adjectives-free
    /// descriptive forms generated for primary agencies, and country
    /// possessives. Earlier entries win a form claimed twice; a name or alias
    /// claimed by two entries keeps the second as an alternative.
    pub fn forms(&self) -> Vec<Form> {
        let mut forms: Vec<Form> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::default();
        let mut push = |text: &str, entry: usize, generated: bool, forms: &mut Vec<Form>| {
            let text = text.trim();
            // "The National": an article makes a common word a name only in a
            // masthead; in running text it would swallow "the National Police".
            let text = match text.strip_prefix("The ").or_else(|| text.strip_prefix("the ")) {
                Some(rest) if rest.contains(' ') => rest,
                Some(_) => return,
                None => text,
            };
            let key = super::text::fold(text).to_lowercase();
            if text.is_empty() || self.ignore.contains(&name_key(text)) {
                return;
            }
            if let Some(&k) = seen.get(&key) {
                let f: &mut Form = &mut forms[k];
                if !generated && !f.generated && f.entry != entry && !f.alternatives.contains(&entry) {
                    f.alternatives.push(entry);
                }
                return;
            }
            seen.insert(key, forms.len());
            forms.push(Form {
                text: text.to_owned(),
                entry,
                case_sensitive: is_case_sensitive(text),
                generated,
                alternatives: Vec::new(),
            });
        };
        // Explicit names and aliases first: they beat generated forms.
        for (i, e) in self.entries.iter().enumerate() {
            if self.ignore.contains(&name_key(&e.name)) {
                continue;
            }
            push(&e.name, i, false, &mut forms);
            for a in &e.aliases {
                push(a, i, false, &mut forms);
            }
        }
        // "Iranian authorities", "the Malian government", "Kenya's government": the state itself.
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind != EntityKind::Country || self.ignore.contains(&name_key(&e.name)) {
                continue;
            }
            for adj in &e.adjectives {
                for noun in ["authorities", "government"] {
                    push(&format!("{adj} {noun}"), i, true, &mut forms);
                }
            }
            push(&format!("{}'s government", e.name), i, true, &mut forms);
            push(&format!("{} authorities", e.name), i, true, &mut forms);
        }
        let countries: HashMap<String, usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Country)
            .map(|(i, e)| (name_key(&e.name), i))
            .collect();
        // The body generic phrases mean, per (country, role): the one marked
        // primary, else the only one with that role. A country without an
        // army entry lends "army" phrases to its armed forces.
        let mut by_role: HashMap<(usize, &str), Vec<usize>> = HashMap::default();
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind != EntityKind::Agency {
                continue;
            }
            let (Some(role), Some(country)) = (e.role.as_deref(), e.country.as_deref()) else { continue };
            let Some(&c) = countries.get(&name_key(country)) else { continue };
            by_role.entry((c, role)).or_default().push(i);
            let key = name_key(&e.name);
            if key.contains("gendarmer") && role != "gendarmerie" {
                by_role.entry((c, "gendarmerie")).or_default().push(i);
            }
        }
        let mut primaries: Vec<(usize, usize, &str)> = Vec::new();
        for (&(c, role), list) in &by_role {
            let marked: Vec<usize> = list.iter().copied().filter(|&i| self.entries[i].primary).collect();
            let chosen = match (marked.as_slice(), list.as_slice()) {
                ([one], _) => Some(*one),
                ([], [one]) => Some(*one),
                _ => None,
            };
            if let Some(i) = chosen {
                primaries.push((i, c, role));
                if role == "military" && !by_role.contains_key(&(c, "army")) {
                    primaries.push((i, c, "army"));
                }
            }
        }
        primaries.sort();
        for (i, c, role) in primaries {
            let country = &self.entries[c];
            let Some((_, templates)) = ROLE_TEMPLATES.iter().find(|(r, _)| *r == role) else {
                continue;
            };
            let names: Vec<&String> = std::iter::once(&country.name)
                .chain(country.aliases.iter().filter(|a| a.chars().count() > 3 || a.contains('.')))
                .collect();
            for t in templates.iter() {
                if t.contains("{A}") {
                    for adj in &country.adjectives {
                        push(&t.replace("{A}", adj), i, true, &mut forms);
                    }
                } else {
                    for n in &names {
                        push(&t.replace("{C}", n), i, true, &mut forms);
                    }
                }
            }
        }
        forms
    }
}

/// Acronyms (two or more capitals, no lower case) and forms of up to three
/// characters match only with their own case: "IS" is not "is".
pub fn is_case_sensitive(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let lower = letters.len() - upper;
    (upper >= 2 && lower == 0) || letters.len() <= 3 || (upper >= 2 && lower <= 1 && letters.len() <= 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_loads_and_generates_descriptive_forms() {
        let lex = Lexicon::builtin().expect("built-in lexicon parses");
        let forms = lex.forms();
        let find = |t: &str| forms.iter().find(|f| f.text == t).map(|f| lex.entries[f.entry].name.clone());
        let isi = find("ISI").expect("ISI is known");
        assert_eq!(find("Pakistani intelligence").as_deref(), Some(isi.as_str()));
        assert!(lex.entries.iter().filter(|e| e.kind == EntityKind::Group).count() >= 80);
    }

    #[test]
    fn user_lexicon_overrides_and_ignores() {
        let mut lex = Lexicon::default();
        lex.add_toml("a.toml", "[[group]]\nname = \"Free Coast Front\"\naliases = [\"FCF\"]\n").unwrap();
        lex.add_toml("b.toml", "ignore = [\"FCF\"]\n[[group]]\nname = \"Free Coast Front\"\naliases = [\"Coast Front\"]\nkind = \"organization\"\n")
            .unwrap();
        assert_eq!(lex.entries.len(), 1);
        assert_eq!(lex.entries[0].kind, EntityKind::Organization);
        let forms: Vec<String> = lex.forms().into_iter().map(|f| f.text).collect();
        assert!(forms.contains(&"Coast Front".to_owned()));
        assert!(!forms.contains(&"FCF".to_owned()));
    }

    #[test]
    fn bad_user_lexicon_is_a_clear_error() {
        let mut lex = Lexicon::default();
        let err = lex.add_toml("x.toml", "[[group]]\nnam = 1\n").unwrap_err().to_string();
        assert!(err.starts_with("x.toml:"), "{err}");
    }
}
