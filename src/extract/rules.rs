//! Relation triggers and the small closed word classes the rules use.
//!
//! Triggers live in `assets/rules/relations.toml` (compiled in); the word
//! classes below are English grammar, not world knowledge, so they stay in code.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Deserialize;

use super::text::fold;
use crate::model::RelationKind;

pub const BUILTIN_RULES: &str = include_str!("../../assets/rules/relations.toml");

#[derive(Deserialize)]
struct RulesFile {
    rule: Vec<RawRule>,
    roles: Roles,
}

#[derive(Deserialize)]
struct RawRule {
    kind: String,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
}

#[derive(Deserialize)]
struct Roles {
    words: Vec<String>,
}

/// One trigger phrase.
#[derive(Clone, Debug)]
pub struct Trigger {
    pub phrase: String,
    pub kind: RelationKind,
    pub nominal: bool,
}

pub struct Rules {
    pub triggers: Vec<Trigger>,
    pub roles: HashSet<String>,
}

impl Rules {
    pub fn builtin() -> Result<Self, String> {
        Self::parse(BUILTIN_RULES)
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let file: RulesFile = toml::from_str(text).map_err(|e| format!("relations.toml: {e}"))?;
        let mut seen: HashMap<String, usize> = HashMap::default();
        let mut triggers: Vec<Trigger> = Vec::new();
        for r in file.rule {
            let kind =
                RelationKind::parse(&r.kind).ok_or_else(|| format!("relations.toml: unknown kind {:?}", r.kind))?;
            for (nominal, list) in [(false, &r.verbs), (true, &r.nouns)] {
                for p in list {
                    let phrase = fold(p.trim()).to_lowercase();
                    if phrase.is_empty() {
                        continue;
                    }
                    // A phrase listed as verb and noun ("capture") is a verb
                    // for matching; the rules look at its context either way.
                    if let Some(&i) = seen.get(&phrase) {
                        if triggers[i].kind == kind {
                            continue;
                        }
                        return Err(format!("relations.toml: {phrase:?} is listed for two kinds"));
                    }
                    seen.insert(phrase.clone(), triggers.len());
                    triggers.push(Trigger { phrase, kind, nominal });
                }
            }
        }
        let roles = file.roles.words.iter().map(|w| w.to_lowercase()).collect();
        Ok(Rules { triggers, roles })
    }
}

pub fn is_be_aux(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be" | "got" | "get" | "gets" | "getting")
}

/// Adverbs that may stand between an auxiliary and its participle.
pub fn is_adverb(w: &str) -> bool {
    w.ends_with("ly")
        || matches!(
            w,
            "also"
                // ("Russia has since supplied", "Iran has long backed".)
                | "since"
                | "long"
                | "later"
                | "then"
                | "subsequently"
                | "reportedly"
                | "allegedly"
                | "already"
                | "once"
                | "first"
                | "recently"
                | "finally"
                | "eventually"
                | "soon"
                | "not"
                | "never"
                | "jointly"
                | "secretly"
                | "again"
                | "previously"
                | "still"
                | "just"
                | "quickly"
                | "successfully"
                | "had"
                | "has"
                | "have"
        )
}

/// Words that close a clause for the nearest-actor search.
/// Month names, lower case.
pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

pub fn is_barrier(w: &str) -> bool {
    matches!(
        w,
        ";" | ":"
            | "but"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "however"
            | "because"
            | "since"
            | "unless"
            | "whom"
    )
}

pub fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not"
            | "never"
            | "no"
            | "n't"
            | "nor"
            | "denied"
            | "deny"
            | "denies"
            | "denying"
            | "refused"
            | "refuses"
            | "refuse"
            | "failed"
            | "fails"
            | "fail"
            | "unable"
            | "without"
            | "rejected"
            | "rejects"
            | "dismissed"
            | "didn't"
            | "doesn't"
            | "don't"
            | "wasn't"
            | "weren't"
            | "hasn't"
            | "haven't"
            | "hadn't"
            | "isn't"
            | "aren't"
            | "won't"
            | "wouldn't"
            | "couldn't"
            | "cannot"
            | "neither"
    )
}

/// Words anywhere in a sentence that make its claims hedged or disputed.
pub fn is_sentence_hedge(w: &str) -> bool {
    matches!(
        w,
        "denied"
            | "denies"
            | "deny"
            | "denying"
            | "unconfirmed"
            | "unverified"
            | "rumours"
            | "rumors"
            | "rumoured"
            | "rumored"
            | "speculation"
            | "speculated"
            | "if"
            | "whether"
            | "could"
            | "might"
            | "would"
            | "attempted"
            | "tried"
            | "intended"
            | "vowed"
            | "hoped"
            | "false"
            | "baseless"
            | "fabricated"
            | "allegations"
    )
}

pub fn is_person_pronoun(w: &str) -> bool {
    matches!(w, "he" | "him" | "she" | "her")
}

/// Nouns naming an unnamed person; when one stands between a pronoun and a
/// named person, the pronoun is not resolved.
pub fn is_human_noun(w: &str) -> bool {
    matches!(
        w,
        "resident"
            | "man"
            | "woman"
            | "individual"
            | "individuals"
            | "person"
            | "people"
            | "national"
            | "citizen"
            | "boy"
            | "girl"
            | "driver"
            | "student"
            | "brother"
            | "son"
            | "father"
            | "wife"
            | "husband"
            | "teenager"
            | "journalist"
            | "reporter"
            | "soldier"
            | "officer"
            | "guard"
            | "accomplice"
            | "associate"
            | "courier"
            | "cousin"
            | "mother"
            | "daughter"
            | "sister"
            | "uncle"
            | "nephew"
            | "relative"
            | "friend"
            | "girlfriend"
            | "boyfriend"
            | "bodyguard"
            | "victim"
    )
}

/// Trades and occupations that describe a person about to be named: "a
/// primary school teacher, Anselmo Mabunda".
pub fn is_occupation_noun(w: &str) -> bool {
    matches!(
        w,
        "teacher"
            | "trader"
            | "farmer"
            | "businessman"
            | "businesswoman"
            | "shopkeeper"
            | "mechanic"
            | "doctor"
            | "nurse"
            | "engineer"
            | "worker"
            | "employee"
            | "lawyer"
            | "preacher"
            | "imam"
            | "merchant"
            | "herder"
            | "fisherman"
            | "pilot"
            | "youth"
            | "contractor"
            | "translator"
            | "interpreter"
    )
}

/// Lower-case nouns that close a gang's name: "the Baz Pilate gang".
pub fn is_gang_noun(w: &str) -> bool {
    matches!(w, "gang" | "clan" | "cartel" | "syndicate" | "mafia")
}

/// Lower-case nouns that close any group's name: a gang's, and "the Dagoberto
/// Ramos column", "the Uraba front".
pub fn is_group_tail_noun(w: &str) -> bool {
    is_gang_noun(w) || matches!(w, "militia" | "column" | "front")
}

/// Words before a title that belong to it: "Assistant Constable", "Head Constable".
pub fn is_title_prefix(w: &str) -> bool {
    matches!(w, "assistant" | "head" | "deputy" | "senior" | "acting" | "chief")
}

/// Compound adjectives that describe a body rather than name it:
/// "Kenyan-led", "US-backed", "São Paulo-based".
pub fn is_compound_adjective(w: &str) -> bool {
    ["-led", "-backed", "-based", "-born", "-run", "-linked", "-aligned", "-allied", "-funded", "-trained"]
        .iter()
        .any(|suffix| w.ends_with(suffix))
}

/// Short references ("the group", "the suspect") and the entity kind they point back to.
pub fn short_reference(w: &str) -> Option<crate::model::EntityKind> {
    use crate::model::EntityKind::*;
    Some(match w {
        "group" | "movement" | "organisation" | "organization" | "outfit" | "militia" | "network" | "faction"
        | "rebels" | "insurgents" | "guerrillas" | "guerrilla" | "cartel" | "jihadists" | "gang" | "clan"
        | "syndicate" | "party" => Group,
        "suspect" | "militant" | "latter" | "commander" | "fugitive" | "detainee" | "prisoner" | "jihadist"
        | "terrorist" | "cleric" | "leader" | "operative" | "man" | "accused" | "convict" | "financier"
        | "recruiter" | "bomb-maker" | "bombmaker" | "kingpin" | "woman" | "teenager" | "student" | "defendant"
        | "smuggler" | "trafficker" | "courier" | "businessman" | "escapee" | "fighter" | "inmate" | "hostage"
        | "captive" | "gunman" | "informant" => Person,
        "agency" | "service" | "spy agency" | "unit" | "bureau" | "directorate" | "military" | "army" | "navy"
        | "police" | "force" | "battalion" | "corps" | "ministry" => Agency,
        "country" => Country,
        _ => return None,
    })
}

/// Title words that mark the following capitalised name as a person.
pub fn is_person_title(w: &str) -> bool {
    is_plain_title(w)
        // "Sub-commissioner", "Lieutenant-Colonel", "Vice-Admiral": every part a
        // title or a rank's prefix.
        || w.contains('-')
            && w.split('-').any(is_plain_title)
            && w.split('-').all(|p| {
                is_plain_title(p) || matches!(p, "sub" | "vice" | "deputy" | "assistant" | "chief" | "senior" | "first")
            })
}

fn is_plain_title(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "sepoy"
            | "naik"
            | "havildar"
            | "subedar"
            | "sowar"
            | "sub-lieutenant"
            | "cllr"
            | "councillor"
            | "inspector"
            | "superintendent"
            | "commissioner"
            | "constable"
            | "cp"
            | "sp"
            | "ssp"
            | "dgp"
            | "asp"
            | "asi"
            | "dsp"
            | "adgp"
            | "dig"
            | "igp"
            | "ms"
            | "dr"
            | "gen"
            | "general"
            | "col"
            | "colonel"
            | "maj"
            | "major"
            | "capt"
            | "captain"
            | "lt"
            | "lieutenant"
            | "sgt"
            | "sergeant"
            | "corporal"
            | "cpl"
            | "private"
            | "president"
            | "minister"
            | "sheikh"
            | "shaikh"
            | "mullah"
            | "maulana"
            | "mawlawi"
            | "mufti"
            | "imam"
            | "commander"
            | "spokesman"
            | "spokesperson"
            | "spokeswoman"
            | "leader"
            | "chief"
            | "director"
            | "suspect"
            | "militant"
            | "cleric"
            | "judge"
            | "justice"
            | "barrister"
            | "lawyer"
            | "advocate"
            | "solicitor"
            | "detective"
            | "boss"
            | "magistrate"
            | "prosecutor"
            | "senator"
            | "governor"
            | "ambassador"
            | "prince"
            | "king"
            | "queen"
            | "emir"
            | "amir"
            | "qari"
            | "hafiz"
            | "haji"
            | "hajji"
            | "operative"
            | "fighter"
            | "jihadist"
            | "terrorist"
            | "financier"
            | "recruiter"
            | "founder"
            | "deputy"
            | "head"
            | "as"
            | "named"
            | "identified"
            | "brig"
            | "brigadier"
            | "admiral"
            // ("Vice Admiral Ramón Santana Lora", "Rear Admiral X".)
            | "vice"
            | "rear"
            | "adm"
            | "sen"
            | "rep"
            | "gov"
            | "officer"
            | "agent"
            | "analyst"
            | "researcher"
            | "professor"
            | "prof"
            | "citizen"
            | "national"
            | "man"
            | "woman"
            | "journalist"
            | "reporter"
            | "businessman"
            | "official"
            | "premier"
            | "prime"
            | "secretary"
    )
}

/// Verbs of saying after a name mark it as a person.
pub fn is_saying_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "added"
            | "stated"
            | "claimed"
            | "confessed"
            | "admitted"
            | "denied"
            | "wrote"
            | "warned"
            | "announced"
            | "explained"
            | "insisted"
            | "noted"
            | "confirmed"
            | "acknowledged"
            | "testified"
    )
}

/// Last words of organisation names and the kind they suggest.
pub fn org_head(w: &str) -> Option<crate::model::EntityKind> {
    use crate::model::EntityKind::*;
    Some(match w {
        "front" | "brigade" | "brigades" | "brigada" | "movement" | "battalion" | "battalions" | "cartel"
        | "militia" | "militias" | "mujahideen" | "mujahidin" | "jamaat" | "jama'at" | "jamaah" | "jama'ah"
        | "jama'ath" | "jamaath" | "jamath" | "army" | "faction" | "legion" | "commandos" | "rebels" | "tigers"
        | "guerrillas" | "liberation" | "resistance" | "jihad" | "taliban" | "lashkar" | "jaish" | "gang"
        | "syndicate" | "clan" | "squad" | "lions" | "martyrs" | "party" | "cells" | "caliphate" => Group,
        "ministry" | "directorate" | "bureau" | "police" | "agency" | "service" | "services" | "command" | "corps"
        | "department" | "gendarmerie" | "guard" | "guards" | "intelligence" | "constabulary" | "prosecutor"
        | "unit" | "squadron" | "regiment" | "division" | "forces" | "force" | "prosecution" | "secretariat"
        | "structure" | "navy" | "coastguard" | "authority" | "branch" | "administration" => Agency,
        "news" | "post" | "times" | "tribune" | "herald" | "journal" | "gazette" | "blog" | "daily" | "radio"
        | "television" | "tv" | "magazine" | "press" | "chronicle" | "telegraph" | "observer" | "monitor" | "wire"
        | "dispatch" | "brief" | "sentinel" | "express" | "insider" | "weekly" | "bulletin" | "oggi" | "inquirer" => {
            Media
        }
        "council" | "committee" | "league" | "union" | "foundation" | "institute" | "university" | "bank"
        | "company" | "corporation" | "organisation" | "organization" | "association" | "commission" | "court"
        | "office" | "centre" | "center" | "network" | "group" | "alliance" | "coalition" | "federation"
        | "society" | "embassy" | "consulate" | "mission" | "hospital" | "school" | "church" | "mosque" | "prison"
        | "station" => Organization,
        // ("handed over at Schiphol Airport": a place, never an actor.)
        "airport" => Place,
        _ => return None,
    })
}
