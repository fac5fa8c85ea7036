//! Pass 2: the remaining mentions (discovered names, surnames, pronouns and
//! short references) and the relation rules, sentence by sentence.

use std::ops::Range;

use super::Extractor;
use super::mentions::{DocAnalysis, EntRef, Sentence, coverage};
use super::registry::Registry;
use super::rules::{
    Trigger, is_adverb, is_barrier, is_be_aux, is_compound_adjective, is_gang_noun, is_human_noun, is_month,
    is_negation, is_occupation_noun, is_person_pronoun, is_person_title, is_sentence_hedge, is_title_prefix,
    short_reference,
};
use super::text::Span;
use crate::corpus::Document;
use crate::model::{EntityKind, RelationKind};

/// A relation found in one sentence.
#[derive(Clone, Debug)]
pub struct Found {
    pub source: EntRef,
    pub target: EntRef,
    pub kind: RelationKind,
    pub confidence: f32,
    pub sentence: Span,
}

pub struct DocRelations {
    /// Each entity named in the document: mention count, distinct surface
    /// forms with their name keys, and whether it was named outright (not
    /// only by a descriptive phrase such as "US military").
    pub mentions: Vec<(EntRef, u32, Vec<(String, String)>, bool)>,
    pub relations: Vec<Found>,
}

#[derive(Clone, Debug)]
struct Mention {
    tok: Range<usize>,
    ent: EntRef,
    kind: EntityKind,
    /// Can act in a relation (not a place, a medium, a byline, or a modifier
    /// like the "Pakistan" of "Pakistan's ISI").
    actor: bool,
    /// A pronoun or short reference resolved to an entity.
    anaphor: bool,
}

/// Spatial prepositions: a country after one is a location, not an actor.
fn is_spatial(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "into"
            | "across"
            | "near"
            | "inside"
            | "within"
            | "throughout"
            | "toward"
            | "towards"
            | "via"
            | "around"
            | "outside"
            | "along"
            | "beyond"
            | "through"
            | "from"
            | "to"
            | "over"
            | "onto"
            | "under"
            | "amid"
            | "among"
            | "between"
    )
}

/// Kinds of entity each relation accepts at its ends.
fn allowed(kind: RelationKind, s: EntityKind, t: EntityKind) -> bool {
    use EntityKind::*;
    use RelationKind::*;
    let state_or_group = |k: EntityKind| matches!(k, Agency | Country | Group | Organization);
    let ends = match kind {
        Capture | Interrogation | Surveillance => state_or_group(s),
        Release => state_or_group(s) && matches!(t, Person),
        Handover => matches!(t, Agency | Country | Group | Organization),
        Cooperation => state_or_group(s) && state_or_group(t),
        Support => true,
        // (A state body is part of no armed group, nor a group of a state body.)
        Membership => match s {
            Person => matches!(t, Group | Agency | Organization),
            Group => matches!(t, Group | Organization),
            Agency => matches!(t, Agency | Organization),
            _ => false,
        },
        Association => matches!(s, Person | Group) && matches!(t, Person | Group),
        Attack => true,
        // (Fleeing a country is no escape from custody.)
        Escape => matches!(s, Person | Group) && matches!(t, Agency | Group | Organization),
    };
    let target = match kind {
        // (A group is never the one arrested: "arrested an ISWAP commander"
        // names no one, and the answer keys agree.)
        Capture | Interrogation | Release => matches!(t, Person),
        Surveillance => matches!(t, Person | Group | Agency),
        _ => true,
    };
    ends && target
}

struct Ctx<'a> {
    a: &'a DocAnalysis<'a>,
    ms: Vec<Mention>,
    /// Token index -> mention index.
    at: Vec<Option<usize>>,
    /// The agency the article is about, when one stands out: named at least
    /// three times and twice as often as any other.
    protagonist: Option<usize>,
    /// "the two agencies", "both men": token range and the two last named.
    pairs: Vec<(Range<usize>, usize, usize)>,
    /// "The three were arrested", "both men": a plural reference's mention
    /// and a mention of each other person it stands for.
    plural: rustc_hash::FxHashMap<usize, Vec<usize>>,
    /// Role words that stand for a person the article names later ("a
    /// commander of ARSA ... The commander, X"): their tokens, in order.
    named_later: Vec<usize>,
}

impl Ctx<'_> {
    /// The mention is a role word standing for a person named later.
    fn is_named_later(&self, m: usize) -> bool {
        self.ms[m].anaphor && self.named_later.binary_search(&self.ms[m].tok.start).is_ok()
    }

    fn w(&self, i: usize) -> &str {
        self.a.lower_word(i)
    }

    /// A word that ends a clause; "since 2021" and "since March" do not.
    fn barrier(&self, j: usize) -> bool {
        let w = self.w(j);
        // "The ATPU, however, has received ...": an aside, not a new clause.
        let aside = matches!(w, "however" | "though")
            && j > 0
            && j + 1 < self.a.tokens().len()
            && self.w(j - 1) == ","
            && self.w(j + 1) == ",";
        // ("China remains the junta's main supplier, according to UN experts":
        // the source of a report is in no relation it reports.)
        (w == "according" && j > 0 && self.w(j - 1) == ",")
            || is_barrier(w)
                && !aside
                && !(w == "since"
                && j + 1 < self.a.tokens().len()
                // ("Russia has since supplied": an adverb, right after the subject.)
                && (j > 1 && matches!(self.w(j - 1), "has" | "have" | "had") && self.at[j - 2].is_some()
                    || self.w(j + 1).starts_with(|c: char| c.is_ascii_digit())
                    || is_month(self.w(j + 1))
                    || matches!(self.w(j + 1), "last" | "early" | "late" | "then")))
    }

    /// The mentions that start within tokens `r`, by index (mentions are in
    /// text order).
    fn mentions_in(&self, r: Range<usize>) -> Range<usize> {
        self.ms.partition_point(|m| m.tok.start < r.start)..self.ms.partition_point(|m| m.tok.start < r.end)
    }

    /// "the two agencies", "the two countries", "the two forces" near a
    /// trigger: the last two bodies of that kind named before, in this
    /// sentence or the three before it.
    fn two_bodies(&self, s: &Sentence, t: Range<usize>) -> Vec<usize> {
        let lo = t.start.saturating_sub(8).max(s.tok.start);
        let hi = (t.end + 6).min(s.tok.end);
        let Some(k) = (lo..hi.saturating_sub(1)).find(|&k| matches!(self.w(k), "two" | "both")) else {
            return Vec::new();
        };
        let mut n = k + 1;
        if n < hi && matches!(self.w(n), "police" | "security" | "intelligence" | "spy" | "national") {
            n += 1;
        }
        if n >= hi {
            return Vec::new();
        }
        let kind = match self.w(n) {
            "agencies" | "services" | "forces" | "bodies" | "armies" | "units" => EntityKind::Agency,
            "countries" | "governments" | "neighbours" | "neighbors" | "states" | "nations" => EntityKind::Country,
            "groups" | "organisations" | "organizations" | "movements" | "factions" => EntityKind::Group,
            _ => return Vec::new(),
        };
        let first = self.a.sentences.partition_point(|x| x.tok.end <= s.tok.start).saturating_sub(3);
        let from = self.a.sentences.get(first).map_or(0, |x| x.tok.start);
        let mut found: Vec<usize> = Vec::new();
        for m in self.mentions_in(from..k).rev() {
            let x = &self.ms[m];
            if x.kind == kind && x.actor && !found.iter().any(|&f| self.ms[f].ent == x.ent) {
                found.push(m);
                if found.len() == 2 {
                    return found;
                }
            }
        }
        Vec::new()
    }

    /// After a name ending at `e`, the token past its possessive: "Pakistan's",
    /// "the Maldives'".
    fn possessive_end(&self, e: usize, s: &Sentence) -> Option<usize> {
        if e + 1 >= s.tok.end || self.w(e) != "'" {
            return None;
        }
        if self.w(e + 1) == "s" {
            (e + 2 < s.tok.end).then_some(e + 2)
        } else {
            self.w(e - 1).ends_with('s').then_some(e + 1)
        }
    }

    /// Past a bracketed acronym at `e` ("(SAF)"), if one stands there.
    fn past_bracket(&self, e: usize, s: &Sentence) -> usize {
        if e + 2 < s.tok.end && self.w(e) == "(" && self.w(e + 2) == ")" { e + 3 } else { e }
    }

    /// The mention starting at `n`, past a "the".
    fn named_at(&self, n: usize) -> Option<usize> {
        let n = if n < self.a.tokens().len() && self.w(n) == "the" { n + 1 } else { n };
        self.at.get(n).copied().flatten().filter(|&m| self.ms[m].tok.start == n)
    }

    /// "Both men", "the two agencies" standing within `from..to`: the two named last.
    fn pair_in(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        self.pairs.iter().find(|(r, _, _)| r.start >= from && r.end <= to).map(|&(_, a, b)| (a, b))
    }

    /// The unit a body that only qualifies it belongs to: "the Special Task
    /// Force (STF) of Assam Police" for Assam Police.
    fn unit_owned_by(&self, m: usize) -> Option<usize> {
        let t = self.ms[m].tok.start;
        if self.ms[m].actor || t < 2 {
            return None;
        }
        let of = if self.w(t - 1) == "the" { t - 2 } else { t - 1 };
        if of == 0 || self.w(of) != "of" {
            return None;
        }
        // (Past a bracketed acronym: "the Special Task Force (STF) of".)
        let unit_end = if of >= 4 && self.w(of - 1) == ")" && self.w(of - 3) == "(" { of - 3 } else { of };
        self.at[unit_end - 1].filter(|&u| self.ms[u].actor && self.ms[u].kind == EntityKind::Agency)
    }

    fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.at.get(i).copied().flatten().map(|m| &self.ms[m])
    }

    /// The mention is a location: a spatial preposition stands right before
    /// it, allowing an article or another name between.
    fn is_located(&self, m: &Mention, s: &Sentence) -> bool {
        // Only places and countries stand for a location; "linked to AQAP" is not one.
        if !matches!(m.kind, EntityKind::Country | EntityKind::Place) {
            return false;
        }
        let mut j = m.tok.start;
        let mut steps = 0;
        while j > s.tok.start && steps < 3 {
            j -= 1;
            steps += 1;
            let w = self.w(j);
            if is_spatial(w) {
                return true;
            }
            if !matches!(w, "the" | "a" | "an" | "-") {
                return false;
            }
        }
        false
    }

    /// Tokens that stand for an unnamed person or thing and so end a search
    /// for the nearest actor: unresolved pronouns, "a local resident".
    fn is_blocker(&self, i: usize) -> bool {
        if self.at[i].is_some() {
            return false;
        }
        let w = self.w(i);
        // "a leader from an offshoot of Daesh": an unnamed person, not the group.
        if is_member_noun(w.trim_end_matches('s'))
            && i > 0
            && matches!(self.w(i - 1), "a" | "an" | "one" | "two" | "three" | "several" | "senior" | "top" | "former")
        {
            return true;
        }
        let after_actor = i > 0 && self.mention_at(i - 1).is_some_and(|m| m.actor);
        // "by troops of the Rapid Intervention Battalion": the body follows.
        if is_staff_noun(w) && i + 1 < self.a.tokens().len() && matches!(self.w(i + 1), "of" | "from") {
            return false;
        }
        // "backed by gendarmes, had launched ...": unnamed doers.
        if is_staff_noun(w) && i > 0 && self.w(i - 1) == "by" {
            return true;
        }
        matches!(w, "he" | "she" | "they" | "him" | "them" | "it" | "we" | "i" | "you" | "who")
            || (is_human_noun(w)
                || matches!(
                    w,
                    "individuals"
                        | "suspects"
                        | "men"
                        | "women"
                        | "people"
                        | "sons"
                        | "daughters"
                        | "brothers"
                        | "relatives"
                ))
                && !after_actor
    }

    /// Where a person's trailing details end: an age (", 29", "(24)"), a
    /// home town (", of Derry", "in Budva"). `e` is the end of the name.
    fn details_end(&self, mut e: usize, s: &Sentence) -> usize {
        let place_at = |j: usize| {
            self.at.get(j).copied().flatten().filter(|&m| {
                matches!(self.ms[m].kind, EntityKind::Place | EntityKind::Country) && self.ms[m].tok.start == j
            })
        };
        loop {
            if e + 1 < s.tok.end && self.w(e) == "," && is_number(self.w(e + 1)) {
                e += 2;
            } else if e + 2 < s.tok.end && self.w(e) == "(" && is_number(self.w(e + 1)) && self.w(e + 2) == ")" {
                e += 3;
            } else if let Some(p) = {
                // ", of Derry", "in Budva", ", from Cetinje".
                let c = usize::from(e < s.tok.end && self.w(e) == ",");
                let prep = e + c + 1 < s.tok.end && matches!(self.w(e + c), "in" | "from")
                    || c == 1 && e + 2 < s.tok.end && self.w(e + 1) == "of";
                if prep { place_at(e + c + 1) } else { None }
            } {
                e = self.ms[p].tok.end;
            } else if e + 2 < s.tok.end
                && self.w(e) == ","
                && matches!(self.w(e + 1), "of" | "from")
                && self.a.is_capitalised(e + 2)
                && self.at[e + 2].is_none()
                && matches!(self.w(e + 3), "," | "and")
            {
                e += 3;
            } else if e + 1 < s.tok.end
                && e >= 1
                && self.w(e - 1) == ")"
                && self.w(e) == "of"
                && self.a.is_capitalised(e + 1)
                && self.at[e + 1].is_none_or(|m| matches!(self.ms[m].kind, EntityKind::Place | EntityKind::Country))
            {
                // "Hiranya Moran (27) of Kakopathar".
                e = self.at[e + 1].map_or(e + 2, |m| self.ms[m].tok.end);
            } else if e + 1 < s.tok.end
                && matches!(self.w(e), "alias" | "aka")
                && let Some(m) = self.at[e + 1]
                && self.ms[m].kind == EntityKind::Person
            {
                // "Pallab Gogoi alias Rupjyoti Asom (31)".
                e = self.ms[m].tok.end;
            } else {
                return e;
            }
        }
    }

    /// Where a person's leading details start: "Colombian national X",
    /// "Chilean nationals X". `b` is the start of the name.
    fn details_start(&self, b: usize, s: &Sentence) -> usize {
        if b >= s.tok.start + 2 && is_nationality_noun(self.w(b - 1)) {
            match self.at[b - 2] {
                Some(m) if self.ms[m].kind == EntityKind::Country => return self.ms[m].tok.start,
                None if self.a.is_capitalised(b - 2) => return b - 2,
                _ => {}
            }
        }
        b
    }

    /// Actor mentions coordinated with `m` ("A and B", "A, B and C"), in the
    /// given direction, including `m`.
    fn coordinated(&self, m: usize, s: &Sentence, rightward: bool) -> Vec<usize> {
        // Walk the chain of mentions joined by "and" or commas; a comma alone
        // may be an apposition ("Afridi, the ISKP commander"), so the chain is
        // kept only up to its last "and".
        let mut chain = vec![(m, true)];
        let mut cur = m;
        // The preposition the first name follows ("on the FAMa"), which the
        // next may repeat ("and on the Africa Corps").
        let lead_prep = {
            let t = self.ms[m].tok.start;
            let b = if t > s.tok.start && self.w(t - 1) == "the" { t - 1 } else { t };
            (b > s.tok.start).then(|| self.w(b - 1))
        };
        loop {
            let (mut has_and, mut has_link) = (false, false);
            let person = self.ms[cur].kind == EntityKind::Person;
            let next = if rightward {
                let mut j = self.ms[cur].tok.end;
                // "Ahmed Mansour, 34, Mahmoud Ghoneim, 29, and ...": ages between the names.
                if j + 2 < s.tok.end && self.w(j) == "," && is_number(self.w(j + 1)) && self.w(j + 2) == "," {
                    j += 2;
                }
                // "Sean Quinn (55), of Strabane, and Ciaran Devlin": a person's details.
                if person {
                    j = self.details_end(j, s);
                }
                // "ATPU detectives and officers from the NIS": the bodies, past their staff.
                if !person && j + 1 < s.tok.end && is_staff_noun(self.w(j)) && self.w(j + 1) == "and" {
                    j += 1;
                }
                while j < s.tok.end
                    && (matches!(self.w(j), "and" | "," | "the" | "both" | "as" | "well" | "&")
                        // ("and the police Special Branch": a generic word before the name.)
                        || has_and
                            && self.at[j].is_none()
                            && matches!(self.w(j), "police" | "army" | "military" | "navy")
                            && self.mention_at(j + 1).is_some_and(|m| m.kind == EntityKind::Agency)
                        // "attacks on A and on B", "arrested by A and by B".
                        || has_and
                            && self.w(j - 1) == "and"
                            && matches!(self.w(j), "on" | "against" | "to" | "by" | "from" | "with")
                            && lead_prep == Some(self.w(j))
                        || has_link
                            && self.at[j].is_none()
                            && (is_group_adjective(self.w(j)) || is_compound_adjective(self.w(j)))
                        // "Mrs. Nchang Bridget and Mr. Fuh Walters".
                        || person
                            && has_link
                            && self.at[j].is_none()
                            && (is_person_title(self.w(j)) || self.w(j) == "." && is_person_title(self.w(j - 1))))
                {
                    has_and |= matches!(self.w(j), "and" | "&");
                    has_link |= matches!(self.w(j), "and" | "," | "&");
                    j += 1;
                }
                // "between the ISA and our brothers in Egyptian intelligence":
                // past the speaker's words for the partner.
                if has_and
                    && !person
                    && j + 3 < s.tok.end
                    && matches!(self.w(j), "our" | "their" | "its")
                    && matches!(self.w(j + 1), "brothers" | "partners" | "counterparts" | "colleagues" | "friends")
                    && matches!(self.w(j + 2), "in" | "from" | "at" | "of")
                {
                    j += 3;
                    if self.w(j) == "the" {
                        j += 1;
                    }
                }
                // "and the rival al-Qaeda-linked JNIM alliance": past a compound
                // adjective built on another name.
                if has_link
                    && let Some(n) = self.at.get(j).copied().flatten()
                    && !self.ms[n].actor
                    && self.ms[n].tok.end + 1 < s.tok.end
                    && self.w(self.ms[n].tok.end) == "-"
                    && self.at[self.ms[n].tok.end + 1].is_none()
                {
                    j = self.ms[n].tok.end + 2;
                }
                // ("and on Russian mercenaries of the Wagner Group": past a
                // nationality too.)
                if has_and
                    && !person
                    && j + 3 < s.tok.end
                    && self.at[j].is_none()
                    && self.a.is_capitalised(j)
                    && self.a.lower_word(j).ends_with('n')
                    && is_fighting_staff(self.w(j + 1))
                {
                    j += 1;
                }
                if has_and
                    && !person
                    && j + 2 < s.tok.end
                    && is_fighting_staff(self.w(j))
                    && matches!(self.w(j + 1), "of" | "from")
                {
                    j += 2;
                    if self.w(j) == "the" {
                        j += 1;
                    }
                }
                // "and Morocco's BCIJ", "and the Maldives' NCTC": past a country modifier
                // to the body; "the Philippine Army's 103rd Infantry Brigade": to the unit.
                if let Some(n) = self.at.get(j).copied().flatten()
                    && let Some(after) = self.possessive_end(self.ms[n].tok.end, s)
                    && (!self.ms[n].actor
                        || self.ms[n].kind == EntityKind::Agency
                            && self.mention_at(after).is_some_and(|u| u.kind == EntityKind::Agency))
                {
                    j = after;
                }
                // "A and his wife B": past the relation to the one before.
                if person
                    && has_and
                    && j + 2 < s.tok.end
                    && self.at[j + 1].is_none()
                    && is_own_relative(self.w(j), self.w(j + 1))
                {
                    j += 2;
                }
                // "and Colombian national Jhon Freddy Ocampo".
                if person && has_link && j + 1 < s.tok.end {
                    let end = match self.at[j] {
                        Some(n) if self.ms[n].kind == EntityKind::Country => self.ms[n].tok.end,
                        None if self.a.is_capitalised(j) => j + 1,
                        _ => j,
                    };
                    if end > j && end < s.tok.end && is_nationality_noun(self.w(end)) {
                        j = end + 1;
                    }
                }
                // "a war between the Chapitos and a rival Sinaloa faction, La
                // Mayiza": past a description to the name it gives.
                if has_and
                    && !person
                    && j + 3 < s.tok.end
                    && self.at[j].is_none()
                    && matches!(self.w(j), "a" | "an")
                    && let Some(c) = (j + 2..s.tok.end.min(j + 7)).find(|&k| self.w(k) == ",")
                    && (j + 1..c)
                        .all(|k| self.at[k].is_none_or(|m| !self.ms[m].actor || self.ms[m].kind == EntityKind::Place))
                    && self.mention_at(c + 1).is_some_and(|m| m.kind == self.ms[cur].kind)
                {
                    j = c + 1;
                }
                let next = if has_link { self.at.get(j).copied().flatten().filter(|&n| n != cur) } else { None };
                // "Chadian troops killed A, and the gendarmerie arrested B": a
                // name after ", and" that a verb follows starts a clause of its own.
                next.filter(|&n| {
                    let (start, end) = (self.ms[cur].tok.end, self.ms[n].tok.start);
                    let comma_and = chain.len() == 1
                        && end >= start + 2
                        && (start..end).any(|k| self.w(k) == ",")
                        && (start..end).any(|k| self.w(k) == "and");
                    let after = self.ms[n].tok.end;
                    !(comma_and && after < s.tok.end && starts_clause(self.a.lower_word(after)))
                })
            } else {
                let mut k = self.ms[cur].tok.start;
                if person {
                    k = self.details_start(k, s);
                    // "Constable Suresh Oyami and Assistant Constable Budhram Kunjam".
                    // ("A, 31, and privates B, C and D": a plural title.)
                    while k > s.tok.start + 1
                        && self.at[k - 1].is_none()
                        && (is_person_title(self.w(k - 1).trim_end_matches('.'))
                            || is_title_prefix(self.w(k - 1))
                            || self.w(k - 1).len() > 4 && is_person_title(self.w(k - 1).trim_end_matches('s')))
                    {
                        k -= 1;
                    }
                }
                // "A and his wife B": past the relation to the one before.
                if person
                    && k >= s.tok.start + 3
                    && self.at[k - 1].is_none()
                    && is_own_relative(self.w(k - 2), self.w(k - 1))
                    && matches!(self.w(k - 3), "and" | "&")
                {
                    k -= 2;
                }
                // Skip a country modifier right before the mention ("the US CIA", "India's NIA").
                loop {
                    let mut q = k;
                    if q >= s.tok.start + 2 && self.w(q - 1) == "s" && self.w(q - 2) == "'" {
                        q -= 2;
                    } else if q >= s.tok.start + 2 && self.w(q - 1) == "'" && self.w(q - 2).ends_with('s') {
                        q -= 1;
                    }
                    match (q > s.tok.start).then(|| self.at[q - 1]).flatten() {
                        Some(n) if !self.ms[n].actor && n != cur => k = self.ms[n].tok.start,
                        _ => break,
                    }
                }
                // "agents of the DNCD and sailors of the Navy": past the staff of the body.
                if !person
                    && k >= s.tok.start + 4
                    && matches!(self.w(k - 1), "of" | "from" | "the")
                    && let Some(of) = (k - 2..k).rev().find(|&j| matches!(self.w(j), "of" | "from"))
                    && is_staff_noun(self.w(of - 1))
                    && self.w(of - 2) == "and"
                {
                    k = of - 1;
                }
                // ("ARSA and the rival RSO": past the adjective too.)
                while k > s.tok.start
                    && (matches!(self.w(k - 1), "and" | "," | "the" | "both" | "&")
                        || !person && self.at[k - 1].is_none() && is_group_adjective(self.w(k - 1)))
                {
                    has_and |= matches!(self.w(k - 1), "and" | "&");
                    has_link |= matches!(self.w(k - 1), "and" | "," | "&");
                    k -= 1;
                    // "..., 29, and Yasser Selim": an age after the name before.
                    if has_link && k >= s.tok.start + 2 && is_number(self.w(k - 1)) && self.w(k - 2) == "," {
                        k -= 2;
                    }
                }
                // "A, 29, and B", "A (55), of Strabane, and B", "A, 41, in Budva and B":
                // past the details of the person before.
                let mut prev = if has_link && k > s.tok.start { self.at[k - 1].filter(|&n| n != cur) } else { None };
                // ("Chadian troops killed A, and the gendarmerie arrested B": the
                // object of the clause before is no subject of this one.)
                if let Some(n) = prev
                    && chain.len() == 1
                    && (k..self.ms[cur].tok.start).any(|j| self.w(j) == ",")
                    && (k..self.ms[cur].tok.start).any(|j| self.w(j) == "and")
                    && self.ms[n].tok.start > s.tok.start
                    && starts_clause(self.a.lower_word(self.ms[n].tok.start - 1))
                {
                    prev = None;
                }
                if person && has_link && prev.is_none_or(|n| self.ms[n].kind != EntityKind::Person) {
                    let lo = k.saturating_sub(8).max(s.tok.start);
                    prev = (lo..k)
                        .rev()
                        .filter_map(|j| {
                            self.at[j].filter(|&n| self.ms[n].kind == EntityKind::Person && self.ms[n].tok.end == j + 1)
                        })
                        .find(|&n| n != cur && self.details_end(self.ms[n].tok.end, s) == k);
                }
                prev
            };
            match next {
                Some(n) if self.ms[n].actor && !self.is_located(&self.ms[n], s) && !chain.iter().any(|c| c.0 == n) => {
                    chain.push((n, has_and));
                    cur = n;
                }
                _ => break,
            }
        }
        // Rightward, "A, B and C": the "and" comes last. Leftward, the "and" is met first.
        let keep = if rightward {
            chain.iter().rposition(|c| c.1).unwrap_or(0)
        } else if chain.len() > 1 && chain[1].1 {
            chain.len() - 1
        } else {
            0
        };
        chain.truncate(keep + 1);
        let mut out: Vec<usize> = chain.into_iter().map(|c| c.0).collect();
        // A plural reference stands for everyone it names.
        if !self.plural.is_empty() {
            let more: Vec<usize> = out.iter().filter_map(|m| self.plural.get(m)).flatten().copied().collect();
            out.extend(more);
        }
        out
    }

    /// The nearest actor before token `i` in the sentence.
    fn left(&self, i: usize, s: &Sentence) -> Vec<usize> {
        // "The KDF has been hunting them since 2015, working alongside the GSU":
        // a participle clause after a comma shares the sentence's subject.
        if i >= s.tok.start + 3
            && self.w(i - 1) == ","
            && self.w(i).len() > 5
            && self.w(i).ends_with("ing")
            && self.at[i - 2].is_none_or(|m| !self.ms[m].actor || self.ms[m].kind == EntityKind::Place)
        {
            // (The nearest clause's: "when IS fighters stormed the facility,
            // killing scores of guards"; "the NPA fighters who ambushed a patrol,
            // killing four soldiers".)
            // (Only a clause still open at the comma; not "known as", "such as".)
            let opener = (s.tok.start..i - 1)
                .rev()
                .take_while(|&k| self.w(k) != ",")
                .find(|&k| matches!(self.w(k), "when" | "after" | "as" | "while" | "who" | "which" | "that"))
                .filter(|&k| !(self.w(k) == "as" && k > s.tok.start && matches!(self.w(k - 1), "known" | "such")));
            let subject = match opener {
                Some(k) if matches!(self.w(k), "who" | "which" | "that") => {
                    let b = if k > s.tok.start && self.w(k - 1) == "," { k - 1 } else { k };
                    self.at[b.saturating_sub(1)].filter(|&m| self.ms[m].tok.end == b).into_iter().collect()
                }
                Some(k) => (k + 1..(k + 5).min(i - 1))
                    .find_map(|j| self.at[j])
                    .filter(|&m| self.ms[m].actor)
                    .into_iter()
                    .collect(),
                None => self.subject(s, i - 1),
            };
            if !subject.is_empty() {
                return subject;
            }
        }
        let mut j = i;
        while j > s.tok.start && i - j < 30 {
            j -= 1;
            // ("Colombian police said Riascos was captured by ...": a reported
            // clause starts after "said"; the speaker is none of its actors.)
            // (Only when the clause's subject is a name not found as one.)
            if j + 1 < i
                && self.at[j + 1].is_none()
                && matches!(self.w(j), "said" | "says" | "added" | "stated")
                && self.a.is_capitalised(j + 1)
                && !is_month(self.w(j + 1))
                && !super::mentions::is_weekday(self.w(j + 1))
            {
                return Vec::new();
            }
            if self.w(j) == "," {
                // "Jundallah, whose leader, Abdolmalek Rigi, was captured": the
                // person named in the apposition, not the body.
                if let Some(m) = j.checked_sub(1).and_then(|b| self.at[b])
                    && self.ms[m].kind == EntityKind::Person
                    && self.ms[m].actor
                    && let first = self.ms[m].tok.start
                    && first >= s.tok.start + 4
                    && self.w(first - 1) == ","
                    && self.w(first - 3) == "whose"
                    && self.w(first - 4) == ","
                {
                    return vec![m];
                }
                // Skip an apposition: "Nazarov, a Tajik national suspected of ..., was captured".
                if let Some(open) = self.apposition_start(j, s) {
                    j = open;
                    continue;
                }
                // And a relative clause set off by commas: "A and B, who are not
                // related, were arrested with him".
                if let Some(open) = (j.saturating_sub(12).max(s.tok.start + 1)..j)
                    .rev()
                    .take_while(|&k| self.w(k) != "," || self.w(k + 1) == "who")
                    .find(|&k| self.w(k) == "," && self.w(k + 1) == "who")
                    && self.at[open - 1].is_some_and(|m| self.ms[m].actor)
                {
                    j = open;
                    continue;
                }
            }
            // "X, who fought for G": the relative pronoun stands for X.
            if matches!(self.w(j), "who" | "which") && j >= s.tok.start + 2 && self.w(j - 1) == "," {
                // "Nasser, a 26-year-old resident of the area, who was ...": past the apposition.
                let before = match self.at[j - 2] {
                    Some(m) if self.ms[m].actor => Some(m),
                    // ("the Special Task Force (STF) of Assam Police, which": the unit.)
                    Some(m) if self.unit_owned_by(m).is_some() => self.unit_owned_by(m),
                    // ("handed to Densus 88 officers, who took him into custody".)
                    None if j >= s.tok.start + 3
                        && is_staff_noun(self.w(j - 2))
                        && self.at[j - 3]
                            .is_some_and(|m| matches!(self.ms[m].kind, EntityKind::Agency | EntityKind::Group)) =>
                    {
                        self.at[j - 3]
                    }
                    _ => self.apposition_start(j - 1, s).and_then(|open| {
                        let b = if self.w(open - 1).bytes().all(|c| c.is_ascii_digit()) {
                            open.saturating_sub(3)
                        } else {
                            open - 1
                        };
                        self.at[b]
                    }),
                };
                // ("Jaime Ortiz and Luis Quishpe, who are accused of helping": both.)
                return match before {
                    Some(m) if self.ms[m].actor => self.coordinated(m, s, false),
                    _ => Vec::new(),
                };
            }
            // "Gareth Moorhead (47), a senior officer at Maghaberry Prison who
            // had worked for the Prison Service": the person the apposition describes.
            if self.w(j) == "who"
                && j > s.tok.start + 3
                && self.w(j - 1) != ","
                && self.at[j - 1].is_none_or(|m| self.ms[m].kind != EntityKind::Person)
                && let Some(open) = self.apposition_start(j, s)
                && matches!(self.w(open + 1), "a" | "an")
                && (open + 1..j).all(|k| !self.barrier(k) && self.w(k) != ",")
            {
                let mut b = open - 1;
                if self.w(b) == ")" && b >= s.tok.start + 3 && self.w(b - 2) == "(" {
                    b -= 3;
                } else if b >= s.tok.start + 2 && self.w(b).bytes().all(|c| c.is_ascii_digit()) && self.w(b - 1) == ","
                {
                    b -= 2;
                }
                if let Some(m) = self.at[b]
                    && self.ms[m].kind == EntityKind::Person
                    && self.ms[m].actor
                {
                    return vec![m];
                }
            }
            // "Kahindi is a returnee who fought for al-Shabaab": the one the
            // description is said of.
            if self.w(j) == "who" && j > s.tok.start + 3 && self.w(j - 1) != "," {
                let lo = j.saturating_sub(6).max(s.tok.start + 1);
                if let Some(k) = (lo..j - 1)
                    .rev()
                    .find(|&k| matches!(self.w(k), "is" | "was") && matches!(self.w(k + 1), "a" | "an" | "the"))
                    && let Some(m) = self.at[k - 1]
                    && self.ms[m].actor
                    && self.ms[m].kind == EntityKind::Person
                {
                    return vec![m];
                }
            }
            // "Ansaroul Islam, a Burkinabe militant group that operates under
            // ...": "that" stands for the name the description follows.
            if self.w(j) == "that" && j > s.tok.start && self.at[j - 1].is_none() {
                let lo = j.saturating_sub(12).max(s.tok.start + 1);
                let mut k = j - 1;
                // (A nationality inside the description is no name: "an ethnic Uzbek group".)
                let modifier = |k: usize| {
                    self.at[k].is_some_and(|m| matches!(self.ms[m].kind, EntityKind::Country | EntityKind::Place))
                };
                while k > lo && self.w(k) != "," && (self.at[k].is_none() || modifier(k)) && !self.barrier(k) {
                    k -= 1;
                }
                if self.w(k) == ","
                    && k + 1 < j
                    && matches!(self.w(k + 1), "a" | "an" | "the" | "one")
                    && let Some(m) = self.at[k - 1]
                    && self.ms[m].actor
                    && matches!(self.ms[m].kind, EntityKind::Group | EntityKind::Agency | EntityKind::Organization)
                {
                    return vec![m];
                }
            }
            if self.barrier(j) || self.is_blocker(j) {
                return Vec::new();
            }
            if let Some(m) = self.at[j] {
                let mm = &self.ms[m];
                j = mm.tok.start;
                // ("According to the NUG, the fighter was handed to the BGF": the
                // source of the report did nothing in it.)
                let k = if j > s.tok.start && self.w(j - 1) == "the" { j - 1 } else { j };
                if k >= s.tok.start + 2 && self.w(k - 1) == "to" && self.w(k - 2) == "according" {
                    j = k - 2;
                    continue;
                }
                // "Shafiqul Islam, who Rab alleges had sheltered Mahmudul": the
                // one the relative clause is about, not who alleges it.
                // ("Dawlah Islamiyah, which the military describes as the local
                // branch of IS": the same.)
                if j > s.tok.start + 1
                    && matches!(self.w(j - 1), "who" | "whom" | "which")
                    && mm.tok.end < s.tok.end
                    && matches!(
                        self.w(mm.tok.end),
                        "alleges"
                            | "alleged"
                            | "says"
                            | "said"
                            | "believes"
                            | "believed"
                            | "claims"
                            | "suspects"
                            | "describes"
                            | "described"
                            | "calls"
                            | "called"
                            | "considers"
                            | "considered"
                            | "regards"
                    )
                {
                    continue;
                }
                if mm.actor && !self.is_located(mm, s) {
                    // "The CIK wing of Jammu and Kashmir Police arrested": the unit
                    // the phrase is about, not the body it belongs to.
                    let mut k = j;
                    if k > s.tok.start && self.w(k - 1) == "the" {
                        k -= 1;
                    }
                    if k >= s.tok.start + 3
                        && self.w(k - 1) == "of"
                        && matches!(
                            self.w(k - 2),
                            "wing" | "unit" | "branch" | "division" | "cell" | "squad" | "department"
                        )
                        && let Some(u) = self.at[k - 3]
                        && self.ms[u].actor
                        && matches!(self.ms[u].kind, EntityKind::Agency | EntityKind::Group)
                    {
                        return vec![u];
                    }
                    return self.coordinated(m, s, false);
                }
            }
        }
        Vec::new()
    }

    /// For a comma closing an apposition, the comma that opens it: the
    /// apposition starts with an article, a number or a relative pronoun and
    /// follows a name.
    fn apposition_start(&self, close: usize, s: &Sentence) -> Option<usize> {
        let lo = close.saturating_sub(25).max(s.tok.start + 1);
        // The nearest comma that opens one ("Ansaroul Islam, a group under the
        // umbrella of al Qaeda's affiliate, JNIM, claimed"): past inner commas.
        // (Only the nearest may open with an age: "A, 34, B, 29, and C" is a list.)
        let mut commas = (lo..close).rev().filter(|&k| self.w(k) == ",");
        let nearest = commas.next()?;
        self.opens_apposition(nearest, close, s, true)
            .or_else(|| commas.find_map(|open| self.opens_apposition(open, close, s, false)))
    }

    fn opens_apposition(&self, open: usize, close: usize, s: &Sentence, age: bool) -> Option<usize> {
        let first = self.w(open + 1);
        let opens = matches!(
            first,
            "a" | "an"
                | "the"
                | "one"
                | "who"
                | "whom"
                | "whose"
                | "which"
                | "aged"
                | "himself"
                | "herself"
                | "led"
                | "headed"
                | "founded"
                | "based"
                | "known"
                | "described"
                | "identified"
                | "named"
                | "wanted"
                | "backed"
                | "linked"
                | "formed"
                | "run"
                // "Tinsukia police, with the help of the Assam Rifles, apprehended".
                | "with"
                | "along"
                | "together"
                | "supported"
                | "aided"
                | "assisted"
        ) || age && first.chars().all(|c| c.is_ascii_digit())
            // "A and B, two men suspected of ...".
            || matches!(first, "two" | "three" | "four" | "both")
                && (is_human_noun(self.w(open + 2)) || matches!(self.w(open + 2), "men" | "women" | "brothers"))
            // "JNIM, al Qaeda's branch in the Sahel, has claimed": a body's
            // possession describing the name before.
            || self.mention_at(open + 1).is_some_and(|m| {
                m.tok.start == open + 1
                    && matches!(m.kind, EntityKind::Group | EntityKind::Agency | EntityKind::Country)
                    && self
                        .possessive_end(m.tok.end, s)
                        .is_some_and(|p| p < close && self.w(p).bytes().all(|c| c.is_ascii_lowercase()))
            });
        // The name may carry an age or a note in parentheses: "Hakeem (41), a native of ...".
        let mut b = open - 1;
        if self.w(b) == ")"
            && let Some(p) = (b.saturating_sub(6).max(s.tok.start)..b).rev().find(|&k| self.w(k) == "(")
            && p > s.tok.start
        {
            b = p - 1;
        }
        // ... or after a comma: "Shafiqul Islam, 45, a supervisor at ...".
        if b > s.tok.start + 2 && self.w(b).bytes().all(|c| c.is_ascii_digit()) && self.w(b - 1) == "," {
            b -= 2;
        }
        let named_before = self.at[b].is_some();
        (opens && named_before && open + 1 < close).then_some(open)
    }

    /// The first actor after token `i` within `reach` tokens.
    fn right(&self, i: usize, s: &Sentence, reach: usize, allow_located: bool) -> Vec<usize> {
        let mut j = i;
        while j < s.tok.end && j < i + reach {
            let w = self.w(j);
            // "his alleged accomplice, Abdifatah Hussein Warfaa": the name that
            // follows ("her girlfriend, Paraguayan national Liz Ocampo": past the nationality).
            if self.is_blocker(j) && j + 2 < s.tok.end && self.w(j + 1) == "," {
                let mut k = j + 2;
                if let Some(c) = self.mention_at(k).filter(|c| c.kind == EntityKind::Country)
                    && c.tok.end + 1 < s.tok.end
                    && is_nationality_noun(self.w(c.tok.end))
                {
                    k = c.tok.end + 1;
                } else if k + 2 < s.tok.end && self.a.is_capitalised(k) && is_nationality_noun(self.w(k + 1)) {
                    k += 2;
                }
                if self.mention_at(k).is_some_and(|m| m.kind == EntityKind::Person && m.actor) {
                    return self.at[k].map(|m| self.coordinated(m, s, true)).unwrap_or_default();
                }
            }
            // "apprehended a self-styled 'lance corporal' of the outfit, Jintu
            // Dutta": an unnamed person described, then named after the comma.
            if matches!(w, "a" | "an")
                && let Some(c) = (j + 2..s.tok.end.min(j + 12)).find(|&k| self.w(k) == ",")
                && (j + 1..c).all(|k| !self.barrier(k) && !matches!(self.w(k), "." | "and" | "who" | "which"))
                && (j + 1..c).any(|k| {
                    self.at[k].is_none()
                        && (is_member_noun(self.w(k))
                            || is_human_noun(self.w(k))
                            || is_occupation_noun(self.w(k))
                            || is_person_title(self.w(k)))
                })
                && self.mention_at(c + 1).is_some_and(|m| m.kind == EntityKind::Person && m.actor)
            {
                return self.at[c + 1].map(|m| self.coordinated(m, s, true)).unwrap_or_default();
            }
            // "detained his friend Samir Qasem": the name right after the noun.
            if self.is_blocker(j)
                && is_human_noun(w)
                && j + 1 < s.tok.end
                && self.mention_at(j + 1).is_some_and(|m| m.kind == EntityKind::Person && m.actor)
            {
                return self.at[j + 1].map(|m| self.coordinated(m, s, true)).unwrap_or_default();
            }
            // "arrested a man the army described as a senior JNIM officer, Hamadoun
            // Bocoum": a person described first and named after the comma.
            if self.is_blocker(j)
                && matches!(self.w(j.saturating_sub(1)), "a" | "an")
                && let Some(c) = (j + 1..s.tok.end.min(j + 14)).find(|&k| self.w(k) == ",")
                && (j + 1..c).all(|k| !self.barrier(k) && self.w(k) != ".")
                && self.mention_at(c + 1).is_some_and(|m| m.kind == EntityKind::Person && m.actor)
            {
                return self.at[c + 1].map(|m| self.coordinated(m, s, true)).unwrap_or_default();
            }
            // ("to help Mozambique fight the insurgents, and the European Union
            // has paid": a clause of its own.)
            if w == ","
                && j + 2 < s.tok.end
                && self.w(j + 1) == "and"
                && let Some(m) = self.at[if self.w(j + 2) == "the" { j + 3 } else { j + 2 }.min(s.tok.end - 1)]
                && self.ms[m].tok.end < s.tok.end
                && starts_clause(self.a.lower_word(self.ms[m].tok.end))
            {
                return Vec::new();
            }
            // ("seized him in a night raid, said Rezan Hisso": the speaker is no patient.)
            if self.barrier(j)
                || matches!(w, "." | "which" | "who" | "whom" | "when" | "where" | "said" | "told" | "says")
                || self.is_blocker(j)
            {
                return Vec::new();
            }
            // "tracked a Los Choneros hitman, Byron Alcívar, to a hotel": the
            // person the description names, not the group in it.
            if let Some(m) = self.at[j]
                && self.ms[m].tok.start == j
                && j > s.tok.start
                && matches!(self.w(j - 1), "a" | "an")
                && matches!(self.ms[m].kind, EntityKind::Group | EntityKind::Agency)
                && let Some(c) = (self.ms[m].tok.end..s.tok.end.min(self.ms[m].tok.end + 3)).find(|&k| self.w(k) == ",")
                && c > self.ms[m].tok.end
                && (self.ms[m].tok.end..c).any(|k| is_member_noun(self.w(k)) || is_role_noun(self.w(k)))
                && (self.ms[m].tok.end..c).all(|k| self.at[k].is_none())
                && self.mention_at(c + 1).is_some_and(|p| p.kind == EntityKind::Person && p.actor)
            {
                return self.at[c + 1].map(|p| self.coordinated(p, s, true)).unwrap_or_default();
            }
            if let Some(m) = self.at[j] {
                let mm = &self.ms[m];
                // "arrested Ochoa's brother", "Ochoa's friend Ramon Mejia": the
                // relation, named or not, never the possessor.
                if mm.kind == EntityKind::Person
                    && let Some(after) = self.possessive_end(mm.tok.end, s)
                    && after < s.tok.end
                    && self.at[after].is_none()
                    && (is_human_noun(self.w(after)) || is_occupation_noun(self.w(after)))
                {
                    let n = if after + 2 < s.tok.end && self.w(after + 1) == "," { after + 2 } else { after + 1 };
                    return match self.mention_at(n) {
                        Some(p) if p.kind == EntityKind::Person && p.actor && n < s.tok.end => {
                            self.at[n].map(|p| self.coordinated(p, s, true)).unwrap_or_default()
                        }
                        _ => Vec::new(),
                    };
                }
                if mm.actor && (allow_located || !self.is_located(mm, s)) {
                    return self.coordinated(m, s, true);
                }
                // "with Italy's external intelligence service, the AISE": the body
                // named after the description.
                if mm.kind == EntityKind::Country
                    && let Some(after) = self.possessive_end(mm.tok.end, s)
                {
                    let mut k = after;
                    while k < s.tok.end
                        && k < after + 5
                        && self.at[k].is_none()
                        && !self.barrier(k)
                        && self.w(k).chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    {
                        k += 1;
                    }
                    if k > after && k + 1 < s.tok.end && self.w(k) == "," {
                        let n = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
                        if let Some(b) = self.at.get(n).copied().flatten()
                            && self.ms[b].tok.start == n
                            && self.ms[b].actor
                            && matches!(self.ms[b].kind, EntityKind::Agency | EntityKind::Group)
                        {
                            return self.coordinated(b, s, true);
                        }
                    }
                }
                j = mm.tok.end;
                continue;
            }
            j += 1;
        }
        Vec::new()
    }

    /// "in a US drone strike", "in an Iraqi air force raid": who struck, named
    /// before the strike noun right after `i`.
    fn striker(&self, i: usize, s: &Sentence) -> Vec<usize> {
        let end = s.tok.end;
        let Some(j) = (i..end.min(i + 3)).find(|&j| matches!(self.w(j), "in" | "during")) else {
            return Vec::new();
        };
        if j + 2 >= end || !matches!(self.w(j + 1), "a" | "an" | "the") {
            return Vec::new();
        }
        let Some(m) = self.at[j + 2] else { return Vec::new() };
        let mm = &self.ms[m];
        if !matches!(mm.kind, EntityKind::Country | EntityKind::Agency | EntityKind::Group) {
            return Vec::new();
        }
        let struck = (mm.tok.end..end.min(mm.tok.end + 3)).any(|k| {
            matches!(
                self.w(k),
                "strike"
                    | "airstrike"
                    | "air-strike"
                    | "raid"
                    | "attack"
                    | "ambush"
                    | "bombing"
                    | "operation"
                    | "shelling"
            )
        });
        if struck { vec![m] } else { Vec::new() }
    }

    /// The first actor after the word `prep` found within `reach` tokens of `i`.
    fn after_word(&self, i: usize, s: &Sentence, prep: &[&str], reach: usize) -> Vec<usize> {
        self.after_word_then(i, s, prep, reach, 7)
    }

    /// As `after_word`, looking `then` tokens past the word for the actor.
    fn after_word_then(&self, i: usize, s: &Sentence, prep: &[&str], reach: usize, then: usize) -> Vec<usize> {
        let end = s.tok.end.min(i + reach);
        for j in i..end {
            // "deported to X and was taken into custody by Y": a new clause.
            if self.barrier(j) || self.w(j) == "and" && j + 1 < end && is_be_aux(self.w(j + 1)) {
                return Vec::new();
            }
            // ("expelled to Ecuador, where he was received by the police": a
            // relative clause has its own doer.)
            if j > i
                && self.w(j - 1) == ","
                && matches!(self.w(j), "where" | "who" | "whom" | "which" | "whose" | "when")
            {
                return Vec::new();
            }
            if prep.contains(&self.w(j)) {
                // ("a DIRCOTE unit backed by army special forces arrested X":
                // the phrase ends at the main verb.)
                let reach = (j + 1..s.tok.end.min(j + 1 + then))
                    .find(|&k| {
                        matches!(
                            self.w(k),
                            "arrested"
                                | "detained"
                                | "captured"
                                | "seized"
                                | "killed"
                                | "attacked"
                                | "raided"
                                | "stormed"
                        )
                    })
                    .map_or(then, |k| k - j - 1);
                return self.right(j + 1, s, reach, true);
            }
        }
        Vec::new()
    }

    /// The subject of the sentence: its first actor, if nothing but modifiers precede it.
    fn subject(&self, s: &Sentence, before: usize) -> Vec<usize> {
        // "As IS-K ramps up attacks, Pakistan is ...": the main clause starts after the comma.
        // (A dateline may come first: "KABUL — As ...".)
        let mut start = s.tok.start;
        let lead = (s.tok.start..before.min(s.tok.start + 4)).find(|&j| {
            matches!(
                self.w(j),
                "as" | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "although"
                    | "though"
                    | "if"
                    | "since"
                    | "because"
                    | "once"
                    | "according"
            )
        });
        if let Some(k) = lead
            && let Some(c) = (k..before).find(|&j| self.w(j) == ",")
        {
            start = c + 1;
        }
        // "Alzate said Castañeda had been flown to Bogota and was questioned":
        // the reported clause has its own subject.
        if let Some(v) = (start..before).rev().find(|&j| {
            matches!(self.w(j), "said" | "says" | "say" | "told" | "added" | "stated")
                && j + 1 < before
                && self.w(j + 1) != ","
        }) {
            start = if self.w(v + 1) == "that" { v + 2 } else { v + 1 };
        }
        for j in start..before {
            // A subject comes early, before any verb.
            if is_barrier(self.w(j)) || j >= start + 8 || matches!(self.w(j), "by" | "was" | "were" | "had" | "has") {
                break;
            }
            if let Some(m) = self.at[j] {
                let mm = &self.ms[m];
                if mm.actor && !self.is_located(mm, s) {
                    return self.coordinated(m, s, true);
                }
            }
        }
        Vec::new()
    }
}

pub fn relate(x: &Extractor, reg: &Registry, doc: &Document, a: &DocAnalysis) -> DocRelations {
    let mut ms = collect_mentions(x, reg, a);
    // Mentions per entity: how many, and each distinct surface form.
    let mut named: Vec<(EntRef, u32, Vec<(String, String)>, bool)> = Vec::new();
    let mut explicit_tok = vec![false; a.tokens().len()];
    for m in a.lex_mentions.iter().filter(|m| !m.generated) {
        for t in m.tok.clone() {
            explicit_tok[t] = true;
        }
    }
    let mut slot: rustc_hash::FxHashMap<EntRef, usize> = Default::default();
    for m in &ms {
        let k = *slot.entry(m.ent).or_insert_with(|| {
            named.push((m.ent, 0, Vec::new(), false));
            named.len() - 1
        });
        named[k].1 += 1;
        named[k].3 |= matches!(m.ent, EntRef::Dyn(_)) || m.tok.clone().any(|t| explicit_tok[t]);
        let (from, to) =
            a.folded.to_orig(a.tokens()[m.tok.start].start as usize, a.tokens()[m.tok.end - 1].end as usize);
        // "Long Name (ACR)" is two names, each recorded on its own, and so is
        // an apposition taken as one mention ("ISWAP, the Islamic State West
        // Africa Province"). The entity's own name is no alias; most mentions use it.
        let written =
            doc.text[from..to].split(", ").flat_map(|s| match s.strip_suffix(')').and_then(|s| s.split_once(" (")) {
                Some((long, acronym)) => [long, acronym].into_iter().take(2),
                None => [s, ""].into_iter().take(1),
            });
        for surface in written {
            let surface = surface.strip_prefix("the ").unwrap_or(surface);
            // ("known as 'Comrade Sudhakar'": not the closing quote.)
            let surface = surface.trim_end_matches(['\'', '’']);
            // (Nor a bare adjective: "French" in "French, Belgian and Spanish police".)
            if !surface.contains('(')
                && surface != reg.name(&x.lexicon, m.ent)
                && !named[k].2.iter().any(|x| x.1 == surface)
                && !x.demonym_country.contains_key(&surface.to_lowercase())
            {
                named[k].2.push((super::text::form_key(surface), surface.to_owned()));
            }
        }
    }
    add_anaphors(a, &mut ms, &|e| reg.name(&x.lexicon, e).to_lowercase());
    troops_of_the_army(x, reg, a, &mut ms);
    let named_later = add_named_roles(x, a, &mut ms);
    let plural_refs = add_plural_references(a, &mut ms);
    // "Islamic State Sahel Province, the group's affiliate in the Sahel": "the
    // group" is another group than the one the apposition describes, the one
    // named before it.
    for k in 1..ms.len() {
        let (m, prev) = (&ms[k], &ms[k - 1]);
        let e = m.tok.end;
        let apposed = m.anaphor
            && matches!(m.kind, EntityKind::Group | EntityKind::Agency)
            && m.ent == prev.ent
            && !prev.anaphor
            && m.tok.start >= 2
            && prev.tok.end + 1 == m.tok.start - usize::from(a.lower_word(m.tok.start) != "the")
            && a.word(prev.tok.end) == ","
            && e + 1 < a.tokens().len()
            && a.word(e) == "'";
        if !apposed {
            continue;
        }
        let kind = m.kind;
        if let Some(other) =
            ms[..k - 1].iter().rev().take(40).find(|x| x.kind == kind && !x.anaphor && x.ent != prev.ent).map(|x| x.ent)
        {
            ms[k].ent = other;
        }
    }
    // "by the police's Directorate of Criminal Investigation": the body a
    // generic possessor names acts itself; the possessor only qualifies it.
    // (A body the lexicon knows: "the agency's Special Operations Unit" may be
    // a description of the agency's own people.)
    let named_bodies: Vec<usize> = ms
        .iter()
        .filter(|m| !m.anaphor && matches!(m.kind, EntityKind::Agency | EntityKind::Group))
        .filter(|m| matches!(m.ent, EntRef::Lex(_)))
        .map(|m| m.tok.start)
        .collect();
    for m in ms.iter_mut().filter(|m| m.anaphor) {
        let e = m.tok.end;
        if e + 2 < a.tokens().len() && a.word(e) == "'" && a.lower_word(e + 1) == "s" && named_bodies.contains(&(e + 2))
        {
            m.actor = false;
        }
    }
    if x.trace {
        for m in ms.iter().filter(|m| m.anaphor) {
            eprintln!("anaphor {:?} at {} = {}", a.original(m.tok.clone()), m.tok.start, reg.name(&x.lexicon, m.ent));
        }
    }
    // "Iran-backed Houthi rebels": the backer inside one hyphenated word.
    let mut backers = Vec::new();
    for i in 0..a.tokens().len() {
        let lower = a.lower_word(i);
        // (Every suffix ends in "d"; most words are turned away by that.)
        if !lower.ends_with('d') {
            continue;
        }
        let Some(suffix) = BACKED.iter().find(|b| lower.len() > b.len() + 1 && lower.ends_with(*b)) else {
            continue;
        };
        let word = a.word(i);
        let prefix = &word[..word.len() - suffix.len()];
        let entry = x.find_form(prefix).or_else(|| x.demonym_country.get(&prefix.to_lowercase()).copied());
        if let Some(e) = entry
            && !ms.iter().any(|m| m.tok.contains(&i))
        {
            let kind = x.lexicon.entries[e].kind;
            backers.push(Mention { tok: i..i + 1, ent: EntRef::Lex(e as u32), kind, actor: false, anaphor: false });
        }
    }
    if !backers.is_empty() {
        // (Named in the article, though not by a name of its own: a node only
        // if it takes part in a relation.)
        for b in &backers {
            match named.iter_mut().find(|n| n.0 == b.ent) {
                Some(n) => n.1 += 1,
                None => named.push((b.ent, 1, Vec::new(), false)),
            }
        }
        ms.extend(backers);
        ms.sort_by_key(|m| m.tok.start);
    }
    let mut at = vec![None; a.tokens().len()];
    for (k, m) in ms.iter().enumerate() {
        for t in m.tok.clone() {
            at[t] = Some(k);
        }
    }
    let protagonist = {
        let mut counts: rustc_hash::FxHashMap<EntRef, (usize, usize)> = Default::default();
        for (k, m) in ms.iter().enumerate() {
            if m.kind == EntityKind::Agency && m.actor && !m.anaphor {
                counts.entry(m.ent).or_insert((0, k)).0 += 1;
            }
        }
        let mut v: Vec<(usize, usize)> = counts.into_values().collect();
        v.sort_by_key(|c| std::cmp::Reverse(c.0));
        match v.as_slice() {
            [(n, k)] if *n >= 3 => Some(*k),
            [(n, k), (m, _), ..] if *n >= 3 && *n >= 2 * m => Some(*k),
            _ => None,
        }
    };
    let pairs = two_references(a, &ms);
    let mut plural: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    if !plural_refs.is_empty() {
        let mut first_of: rustc_hash::FxHashMap<EntRef, usize> = Default::default();
        for (k, m) in ms.iter().enumerate() {
            if !m.anaphor {
                first_of.entry(m.ent).or_insert(k);
            }
        }
        for (start, members) in plural_refs {
            if let Some(k) = at[start] {
                plural.insert(k, members[1..].iter().filter_map(|e| first_of.get(e).copied()).collect());
            }
        }
    }
    let ctx = Ctx { a, ms, at, protagonist, pairs, plural, named_later };
    let triggers: Vec<(Range<usize>, &Trigger)> = find_triggers(x, a);
    let mut relations = Vec::new();
    let mut ti = 0;
    // Deeds told without a doer, by sentence: (sentence, kind, patients).
    let mut agentless: Vec<(usize, RelationKind, Vec<usize>)> = Vec::new();
    // The body that made the last arrest, and in which sentence; and the
    // last arrest of someone not yet named ("captured a senior commander").
    let mut last_captor: Option<(usize, usize)> = None;
    let mut last_unnamed: Option<(usize, usize)> = None;
    // The bodies of those two arrests.
    let (mut last_captors, mut last_unnamed_captors): (Vec<usize>, Vec<usize>) = Default::default();
    let mut last_deed: Option<(usize, usize)> = None;
    let mut earlier_captures: Vec<(EntRef, usize)> = Vec::new();
    // The body behind the last attack told, and in which sentence.
    let mut last_attacker: Option<(usize, usize)> = None;
    // The last place or body escaped from, or raided, and in which sentence.
    let mut last_escape_source: Option<(usize, usize)> = None;
    // The body that last freed people, and in which sentence.
    let mut last_releaser: Option<(usize, usize)> = None;
    // The captor of an arrest told before a colon ("Recaptured by the SPPO
    // were:"), whose captives the lines after list, one a line.
    let mut list_captor: Option<usize> = None;
    for (si, s) in a.sentences.iter().enumerate() {
        while ti < triggers.len() && triggers[ti].0.start < s.tok.start {
            ti += 1;
        }
        // A sentence naming no one states no relation.
        if !s.tok.clone().any(|t| ctx.at[t].is_some())
            && !ctx.pairs.iter().any(|(r, _, _)| r.start >= s.tok.start && r.end <= s.tok.end)
        {
            // ("The individuals arrested are:": the list is of the arrest told before.)
            list_captor = None;
            if opens_list(&ctx, s) && arrest_named(&ctx, s) {
                list_captor = last_unnamed
                    .filter(|&(at, _)| si <= at + 4)
                    .or(last_captor.filter(|&(at, _)| si <= at + 6))
                    .map(|(_, m)| m);
            }
            continue;
        }
        let text = &doc.text[s.span.start..s.span.end];
        // Teasers ("..."), and headlines and menu lines (no closing
        // punctuation): the story itself states the facts, with context.
        // (A line that opens a list ends with a colon, an item of the list with
        // a semicolon.)
        let trimmed = text.trim_end_matches(['"', '\'', '”', '’', ')', '*', ' ']);
        let closed = trimmed.ends_with(['.', '!', '?', ':', ';']) || trimmed.ends_with("; and");
        // (A truncated last sentence of a paragraph still counts: only a whole
        // short line without closing punctuation is a headline.)
        let headline = !closed && s.tok.len() < 30 && {
            let line_start = doc.text[..s.span.start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = doc.text[s.span.end..].find('\n').map_or(doc.text.len(), |i| s.span.end + i);
            doc.text[line_start..s.span.start].trim().is_empty() && doc.text[s.span.end..line_end].trim().is_empty()
        };
        let teaser = text.ends_with("...") || text.ends_with('…') || headline;
        // ("Officials have long suspected that he was in contact with IS".)
        let first_hedge = s
            .tok
            .clone()
            .find(|&j| {
                is_sentence_hedge(a.lower_word(j))
                    || matches!(a.lower_word(j), "suspect" | "suspects" | "suspected")
                        && j + 1 < s.tok.end
                        && a.lower_word(j + 1) == "that"
            })
            .unwrap_or(usize::MAX);
        let recent_captor = last_captor.filter(|&(at, _)| si <= at + 6).map(|(_, m)| m);
        let unnamed_captor = last_unnamed.filter(|&(at, _)| si <= at + 4).map(|(_, m)| m);
        let last_actor = last_deed.filter(|&(at, _)| si == at + 1).map(|(_, m)| m);
        let mut state = SentenceState {
            first_hedge,
            recent_captor,
            unnamed_captor,
            last_actor,
            earlier_captures: std::mem::take(&mut earlier_captures),
            recent_attacker: last_attacker.filter(|&(at, _)| si <= at + 2).map(|(_, m)| m),
            recent_escape_source: last_escape_source.filter(|&(at, _)| si <= at + 3).map(|(_, m)| m),
            recent_releaser: last_releaser.filter(|&(at, _)| si <= at + 2).map(|(_, m)| m),
            partners: [&last_unnamed_captors, &last_captors].into_iter().filter(|p| p.len() > 1).cloned().collect(),
            ..SentenceState::default()
        };
        // "- Khalaf al-Jubouri, 39, the wali's brother;", "2. Ibrahim Naseem, 24":
        // an item of the list, when it opens on a person.
        if let Some(c) = list_captor.take() {
            let mut b = s.tok.start;
            while b < s.tok.end && (matches!(ctx.w(b), "-" | "*" | "•" | "." | ")") || is_number(ctx.w(b))) {
                b += 1;
            }
            if let Some(p) = ctx.at.get(b).copied().flatten()
                && ctx.ms[p].tok.start == b
                && ctx.ms[p].kind == EntityKind::Person
                && ctx.ms[p].actor
            {
                state.add(&[c], RelationKind::Capture, &listed_items(&ctx, s, b), 0.6);
                list_captor = Some(c);
            }
        }
        let mut k = ti;
        while k < triggers.len() && triggers[k].0.end <= s.tok.end {
            if !teaser {
                apply_trigger(x.trace, &ctx, s, triggers[k].0.clone(), triggers[k].1, &mut state);
            }
            k += 1;
        }
        if !teaser {
            apply_roles(x, &ctx, s, &mut state);
            apply_org_parts(x, &ctx, s, &mut state);
            apply_claims(&ctx, s, si, &agentless, &mut state);
            apply_identified(&ctx, s, &mut state);
            apply_thanks(&ctx, s, &mut state);
            apply_camps(&ctx, s, &mut state);
            apply_name_of(&ctx, s, &mut state);
            apply_kin(&ctx, s, &mut state);
            apply_money(&ctx, s, &mut state);
            apply_runs(&ctx, s, &mut state);
            apply_backers(&ctx, s, &mut state);
            apply_tips(&ctx, s, &mut state);
            apply_shared(&ctx, s, &mut state);
        }
        for (kind, patients) in std::mem::take(&mut state.agentless) {
            agentless.push((si, kind, patients));
        }
        // ("The three men detained in the raid were named as:": the arrest told
        // before.)
        if opens_list(&ctx, s) {
            let named = arrest_named(&ctx, s);
            list_captor = state.captor.or(if named { state.unnamed_captor.or(state.recent_captor) } else { None });
        }
        if let Some(c) = state.captor {
            last_captor = Some((si, c));
            last_captors = std::mem::take(&mut state.captors);
            if state.unnamed_capture == Some(c) {
                last_unnamed_captors = last_captors.clone();
            }
        }
        if let Some(c) = state.unnamed_capture {
            last_unnamed = Some((si, c));
        }
        // (The body that did the deed, named, as agent of an arrest or an attack.)
        if let Some(src) = state.deed_agent {
            last_deed = Some((si, src));
        }
        earlier_captures = state.earlier_captures;
        if let Some(a) = state.attack_agent {
            last_attacker = Some((si, a));
        }
        if let Some(x) = state.escaped_from {
            last_escape_source = Some((si, x));
        }
        if let Some(r) = state.releaser {
            last_releaser = Some((si, r));
        }
        for (src, kind, tgt, conf) in state.found {
            if kind == RelationKind::Capture {
                earlier_captures.push((ctx.ms[tgt].ent, src));
            }
            if kind == RelationKind::Escape
                || kind == RelationKind::Attack
                    && matches!(ctx.ms[tgt].kind, EntityKind::Organization | EntityKind::Agency)
            {
                last_escape_source = Some((si, tgt));
            }
            let (sm, tm) = (&ctx.ms[src], &ctx.ms[tgt]);
            if reg.canonical(sm.ent) == reg.canonical(tm.ent) {
                continue;
            }
            let (sk, tk) = (reg.kind(&x.lexicon, sm.ent), reg.kind(&x.lexicon, tm.ent));
            // Intelligence services helping each other is cooperation; people
            // working together are associated.
            let kind = if kind == RelationKind::Support
                && sk == EntityKind::Agency
                && tk == EntityKind::Agency
                && !state.one_way.contains(&(src, tgt))
            {
                RelationKind::Cooperation
            } else if kind == RelationKind::Cooperation && (sk == EntityKind::Person || tk == EntityKind::Person) {
                RelationKind::Association
            } else {
                kind
            };
            if !allowed(kind, sk, tk) || reg.is_byline(sm.ent) || reg.is_byline(tm.ent) {
                continue;
            }
            let conf = if sm.anaphor || tm.anaphor { conf * 0.8 } else { conf };
            relations.push(Found { source: sm.ent, target: tm.ent, kind, confidence: conf, sentence: s.span });
        }
    }
    DocRelations { mentions: named, relations }
}

#[derive(Default)]
struct SentenceState {
    found: Vec<(usize, RelationKind, usize, f32)>,
    /// Agents of the last trigger, for coordinated verbs ("captured by A and handed over to B").
    last_agents: Vec<usize>,
    last_infinitive: bool,
    /// Patients of support triggers ("helps the Taliban fight IS").
    supported: Vec<usize>,
    /// First token of the sentence that hedges what follows it.
    first_hedge: usize,
    /// Patients of the last passive verb ("was questioned by X and released").
    last_passive_patients: Vec<usize>,
    /// Who received the captive in the last handover this sentence told.
    last_receivers: Vec<usize>,
    /// Captures and attacks told in the passive with no doer named.
    agentless: Vec<(RelationKind, Vec<usize>)>,
    /// Support that passed information one way (giver, receiver).
    one_way: Vec<(usize, usize)>,
    /// Who made an arrest told in this or the last six sentences.
    recent_captor: Option<usize>,
    /// Who made an arrest in this sentence.
    captor: Option<usize>,
    /// Every body that made it with them ("agents of the DNCD and sailors
    /// of the Navy detained ..."), the captor first.
    captors: Vec<usize>,
    /// The same, for the arrests `recent_captor` and `unnamed_captor` tell.
    partners: Vec<Vec<usize>>,
    /// The state body that arrested or raided in the sentence before.
    last_actor: Option<usize>,
    /// The state body that arrested or raided in this sentence.
    deed_agent: Option<usize>,
    /// Who arrested someone this sentence does not name.
    unnamed_capture: Option<usize>,
    /// The same, in this or the last four sentences.
    unnamed_captor: Option<usize>,
    /// Every arrest told before this sentence: (who was taken, by whom).
    earlier_captures: Vec<(EntRef, usize)>,
    /// The body behind an attack told in this or the last two sentences.
    recent_attacker: Option<usize>,
    /// The body behind an attack told in this sentence, whatever it hit.
    attack_agent: Option<usize>,
    /// What people escaped from, or a body raided, in the last three sentences.
    recent_escape_source: Option<usize>,
    /// What people not named escaped from in this sentence.
    escaped_from: Option<usize>,
    /// The body that freed people in this sentence.
    releaser: Option<usize>,
    /// The same, in this or the last two sentences.
    recent_releaser: Option<usize>,
}

impl SentenceState {
    /// Who took `ent` in the latest arrest told before this sentence.
    fn captor_of(&self, ent: EntRef) -> Option<usize> {
        self.earlier_captures.iter().rev().find(|c| c.0 == ent).map(|c| c.1)
    }

    /// The body behind "the operation" a sentence speaks of without naming
    /// it: who made the arrest told lately, else who acted in the sentence
    /// before, else who made the article's last arrest.
    fn operation_body(&self) -> Option<usize> {
        self.recent_captor.or(self.last_actor).or(self.earlier_captures.last().map(|c| c.1))
    }

    /// A captor with the bodies that made the same arrest.
    fn with_partners(&self, captor: usize) -> Vec<usize> {
        self.partners.iter().find(|p| p.first() == Some(&captor)).cloned().unwrap_or_else(|| vec![captor])
    }

    /// Support that goes one way, even between two agencies (a tip, a
    /// file shared): kept as support, not turned into cooperation.
    fn add_one_way(&mut self, srcs: &[usize], tgts: &[usize], conf: f32) {
        self.add(srcs, RelationKind::Support, tgts, conf);
        self.one_way.extend(srcs.iter().flat_map(|&a| tgts.iter().map(move |&t| (a, t))));
    }

    fn add(&mut self, srcs: &[usize], kind: RelationKind, tgts: &[usize], conf: f32) {
        for &s in srcs {
            for &t in tgts {
                if s != t && !self.found.iter().any(|f| f.0 == s && f.1 == kind && f.2 == t) {
                    self.found.push((s, kind, t, conf));
                }
            }
        }
    }
}

fn find_triggers<'e>(x: &'e Extractor, a: &DocAnalysis) -> Vec<(Range<usize>, &'e Trigger)> {
    let hits = x.trigger_matcher.find_all(&a.lower, a.tokens(), |_, _| true);
    hits.into_iter().map(|(id, tok)| (tok, &x.rules.triggers[id])).collect()
}

fn apply_trigger(trace: bool, ctx: &Ctx, s: &Sentence, t: Range<usize>, trig: &Trigger, st: &mut SentenceState) {
    let before = st.found.len();
    apply_trigger_inner(ctx, s, t.clone(), trig, st);
    // "The IDF struck the port of Hodeidah": whoever struck, whatever it hit,
    // for the victims named after ("Among the dead was X").
    if trig.kind == RelationKind::Attack && !trig.nominal && st.attack_agent.is_none() && ctx.at[t.start].is_none() {
        st.attack_agent = ctx.left(t.start, s).into_iter().find(|&m| ctx.ms[m].kind != EntityKind::Person);
    }
    // Two state bodies that "worked closely with" each other cooperated.
    let state = |m: usize| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country);
    for f in &mut st.found[before..] {
        if f.1 == RelationKind::Association && state(f.0) && state(f.2) {
            f.1 = RelationKind::Cooperation;
        }
    }
    // Information handed one way stays support, even between two agencies.
    // ("the DEA provided intelligence to SENAD".)
    let info_given = || {
        matches!(trig.phrase.as_str(), "provided" | "supplied" | "gave" | "passed" | "handed" | "shared")
            && (t.end..s.tok.end.min(t.end + 3))
                .any(|j| matches!(ctx.w(j), "intelligence" | "information" | "tip" | "tips" | "data" | "coordinates"))
    };
    if trig.kind == RelationKind::Support && (is_one_way(&trig.phrase) || info_given()) {
        let new: Vec<(usize, usize)> = st.found[before..].iter().map(|f| (f.0, f.2)).collect();
        st.one_way.extend(new);
    }
    if trace {
        let words: Vec<&str> = t.clone().map(|i| ctx.w(i)).collect();
        let found: Vec<String> = st.found[before..]
            .iter()
            .map(|f| {
                format!(
                    "{}-{}->{}",
                    ctx.a.lower_word(ctx.ms[f.0].tok.start),
                    f.1,
                    ctx.a.lower_word(ctx.ms[f.2].tok.start)
                )
            })
            .collect();
        eprintln!("trigger {:?} ({}) at token {}: {:?}", words.join(" "), trig.kind, t.start, found);
    }
}

fn apply_trigger_inner(ctx: &Ctx, s: &Sentence, t: Range<usize>, trig: &Trigger, st: &mut SentenceState) {
    use RelationKind::*;
    let kind = trig.kind;
    // "AFRICOM carried out air strikes against al-Shabaab in support of the
    // SNA": the doer of the deed supports, not the name nearest before.
    if kind == Support
        && t.len() == 1
        && t.start > s.tok.start
        && ctx.w(t.start - 1) == "in"
        && t.end + 1 < s.tok.end
        && ctx.w(t.end) == "of"
    {
        // (With no deed told before it, the sentence's subject: "Egypt sent
        // troops in support of the SAF".)
        let agents = if st.last_agents.is_empty() {
            let Range { start: from, end: to } = ctx.mentions_in(s.tok.start..t.start);
            (from..to)
                .find(|&m| ctx.ms[m].actor)
                .filter(|&m| {
                    ctx.ms[m].tok.start <= s.tok.start + 1
                        && matches!(ctx.ms[m].kind, EntityKind::Country | EntityKind::Agency | EntityKind::Group)
                })
                .map(|m| ctx.coordinated(m, s, true))
                .unwrap_or_default()
        } else {
            st.last_agents.clone()
        };
        // ("The RSF has accused Egypt of carrying out air strikes in support
        // of the SAF": an accusation.)
        let accused = (s.tok.start..t.start).any(|j| matches!(ctx.w(j), "accused" | "accuses" | "accusing" | "accuse"));
        if !agents.is_empty() && !accused && !not_stated(ctx, s, t.start, st) {
            let helped: Vec<usize> = ctx
                .right(t.end + 1, s, 3, false)
                .into_iter()
                .filter(|&m| !matches!(ctx.ms[m].kind, EntityKind::Place | EntityKind::Person))
                .filter(|m| !agents.contains(m))
                .collect();
            st.add_one_way(&agents, &helped, 0.7);
        }
        return;
    }
    // "The Arakan Army seized a Myanmar military base", "overran an army
    // post": taking a body's site is an attack on the body.
    if kind == Capture && !trig.nominal && t.end + 2 < s.tok.end {
        let k =
            if matches!(ctx.w(t.end), "a" | "an" | "the" | "two" | "three" | "several") { t.end + 1 } else { t.end };
        if let Some(m) = ctx.at[k]
            && ctx.ms[m].tok.start == k
            && matches!(ctx.ms[m].kind, EntityKind::Agency)
            && ctx.ms[m].tok.end < s.tok.end
            && matches!(
                ctx.w(ctx.ms[m].tok.end),
                "base"
                    | "bases"
                    | "post"
                    | "posts"
                    | "outpost"
                    | "outposts"
                    | "camp"
                    | "camps"
                    | "positions"
                    | "checkpoint"
                    | "checkpoints"
                    | "headquarters"
                    | "barracks"
                    | "garrison"
            )
        {
            let attack = Trigger { kind: Attack, ..trig.clone() };
            return apply_trigger_inner(ctx, s, t, &attack, st);
        }
    }
    // Trigger words inside a name ("Army of the Righteous") are not triggers.
    if ctx.at[t.start].is_some() {
        return;
    }
    // "money transfers to the ADF", "bank transfers": money moved, no one handed over.
    if kind == Handover
        && trig.phrase.starts_with("transfer")
        && t.start > s.tok.start
        && matches!(ctx.w(t.start - 1), "money" | "bank" | "cash" | "wire" | "fund" | "funds" | "financial" | "hawala")
    {
        return;
    }
    // "had fought with JNIM in central Mali", "fought alongside the SDF": a
    // person fighting with a group is one of its fighters.
    if kind == Attack
        && (matches!(trig.phrase.as_str(), "fought" | "fight" | "fights")
            // ("died in fighting with the SDF" is combat against them.)
            || trig.phrase == "fighting" && t.start > s.tok.start && is_be_aux(ctx.w(t.start - 1)))
        && t.end + 1 < s.tok.end
        && matches!(ctx.w(t.end), "with" | "alongside")
        && !matches!(ctx.w(t.end + 1), "rival" | "rivals")
        && let [g] = ctx.right(t.end + 1, s, 3, false)[..]
        && ctx.ms[g].kind == EntityKind::Group
    {
        let people: Vec<usize> =
            ctx.left(t.start, s).into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
        if !people.is_empty() {
            st.add(&people, Membership, &[g], 0.7);
            return;
        }
    }
    // "PST had intercepted more than 3,000 of Dualeh's calls": listening in
    // is watching, not holding.
    if kind == Capture
        && trig.phrase.starts_with("intercept")
        && (t.end..s.tok.end.min(t.end + 8)).any(|j| is_traceable(ctx.w(j)))
    {
        // (Only someone's calls: "shared intercepted messages with the DGSI" is
        // no one watched.)
        let someones = (t.end..s.tok.end.min(t.end + 7))
            .filter_map(|j| ctx.at[j])
            .any(|m| ctx.ms[m].kind == EntityKind::Person && ctx.possessive_end(ctx.ms[m].tok.end, s).is_some());
        if someones {
            let watch = Trigger { kind: Surveillance, ..trig.clone() };
            apply_trigger_inner(ctx, s, t, &watch, st);
        }
        return;
    }
    // "Officers of the Met placed Callum Reid under arrest": the one placed,
    // by whoever placed him.
    if kind == Capture
        && t.start > s.tok.start + 2
        && ctx.w(t.start - 1) == "under"
        && let Some(v) = (t.start.saturating_sub(10).max(s.tok.start)..t.start - 1)
            .rfind(|&j| matches!(ctx.w(j), "placed" | "put" | "places" | "puts" | "placing"))
    {
        let held: Vec<usize> = (v + 1..t.start - 1)
            .filter_map(|j| ctx.at[j])
            .filter(|&m| ctx.ms[m].kind == EntityKind::Person && ctx.ms[m].actor)
            .collect();
        let agents = ctx.left(v, s);
        st.add(&agents, Capture, &held, 0.8);
        return;
    }
    // "until his arrest by Dubai Police", "Benali's capture by the army": the
    // possessor, taken by whoever follows "by".
    if matches!(kind, Capture | Release | Interrogation)
        && t.end + 1 < s.tok.end
        && ctx.w(t.end) == "by"
        && let Some(p) = match (t.start.checked_sub(1).map(|k| ctx.w(k)), t.start.checked_sub(3)) {
            (Some("s"), Some(k)) if ctx.w(k + 1) == "'" => ctx.at[k],
            (Some("his"), _) => ctx.at[t.start - 1],
            _ => None,
        }
        && ctx.ms[p].kind == EntityKind::Person
    {
        let by = ctx.right(t.end + 1, s, 5, false);
        if !by.is_empty() {
            st.add(&by, kind, &[p], 0.8);
            return;
        }
    }
    // "issued an arrest warrant for him", "a warrant for his arrest": no
    // one is held yet.
    if kind == Capture
        && (t.end < s.tok.end && matches!(ctx.w(t.end), "warrant" | "warrants")
            || (t.start.saturating_sub(4).max(s.tok.start)..t.start)
                .any(|j| matches!(ctx.w(j), "warrant" | "warrants")))
    {
        return;
    }
    // "Seraphin Agossou, a motorcycle mechanic detained with Issa, was
    // released": a participle describing him, taken by whoever took Issa.
    if kind == Capture
        && !trig.nominal
        && t.start > s.tok.start + 3
        && t.end + 1 < s.tok.end
        && ctx.w(t.end) == "with"
        && ctx.at[t.start - 1].is_none()
        && (is_human_noun(ctx.w(t.start - 1)) || is_occupation_noun(ctx.w(t.start - 1)))
    {
        if let Some(x) = ctx.mention_at(t.end + 1)
            && let Some(c) = st.captor_of(x.ent)
            && let Some(comma) = (s.tok.start..t.start).rfind(|&j| ctx.w(j) == ",")
            && let Some(p) = comma.checked_sub(1).and_then(|j| ctx.at[j])
            && ctx.ms[p].kind == EntityKind::Person
        {
            st.add(&[c], Capture, &[p], 0.6);
        }
        return;
    }
    // "turned Ladjaman over to the CIDG": only with "over" after the captive.
    if matches!(trig.phrase.as_str(), "turned" | "turns" | "turning")
        && !(t.end..s.tok.end.min(t.end + 6)).any(|j| ctx.w(j) == "over" && j + 1 < s.tok.end && ctx.w(j + 1) == "to")
    {
        return;
    }
    // "paid tribute to", "paid a visit to", "paid a ransom": no money given to anyone.
    if matches!(trig.phrase.as_str(), "paid" | "pays" | "paying")
        && t.end < s.tok.end
        && matches!(
            ctx.w(t.end),
            "tribute"
                | "homage"
                | "respects"
                | "attention"
                | "heed"
                | "a"
                | "the"
                | "for"
                | "lip"
                | "its"
                | "his"
                | "their"
        )
    {
        return;
    }
    // "Germany is the second-largest supplier of weapons to Ukraine": the
    // subject supplies whoever follows "to" or "for".
    if kind == Support
        && is_backer(&trig.phrase)
        && (t.start.saturating_sub(6).max(s.tok.start)..t.start)
            .any(|j| matches!(ctx.w(j), "is" | "was" | "are" | "were" | "remains" | "became"))
    {
        let backed = ctx.after_word(t.end, s, &["to", "for", "of"], 6);
        let backers = ctx.subject(s, t.start);
        if !backed.is_empty() && !backers.is_empty() {
            st.add(&backers, kind, &backed, 0.75);
            return;
        }
    }
    // "Bukar Modu, an ISWAP supplier": the named man supplies the group.
    if kind == Support
        && is_backer(&trig.phrase)
        && t.start >= s.tok.start + 4
        && let Some(g) = ctx.at[t.start - 1]
        && matches!(ctx.ms[g].kind, EntityKind::Group)
        && let lead = ctx.ms[g].tok.start
        && lead >= s.tok.start + 3
        && matches!(ctx.w(lead - 1), "a" | "an" | "the")
        && ctx.w(lead - 2) == ","
        && let Some(p) = ctx.at[lead - 3]
        && ctx.ms[p].kind == EntityKind::Person
    {
        st.add(&[p], kind, &[g], 0.75);
        return;
    }
    // "suspected of sheltering two NTJ members", "sold petrol to ISWAP
    // fighters": helping a group's people helps the group.
    if kind == Support && !trig.nominal {
        let mut j = t.end;
        if j < s.tok.end && w_is(ctx, j, &["to", "for"]) {
            j += 1;
        }
        while j < s.tok.end
            && j < t.end + 3
            && w_is(ctx, j, &["two", "three", "four", "several", "some", "its", "the", "a", "dozens", "of"])
        {
            j += 1;
        }
        if let Some(g) = ctx.at.get(j).copied().flatten()
            && ctx.ms[g].kind == EntityKind::Group
            && ctx.ms[g].tok.start == j
            && w_is(ctx, ctx.ms[g].tok.end, &["members", "fighters", "militants", "cadres", "operatives", "commanders"])
        {
            let helpers: Vec<usize> = ctx
                .left(t.start, s)
                .into_iter()
                .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Person | EntityKind::Agency))
                .collect();
            if !helpers.is_empty() {
                st.add(&helpers, kind, &[g], 0.75);
                return;
            }
        }
    }
    // "an Italian aid worker", "aid agencies": a trade, not help given.
    if trig.phrase == "aid"
        && w_is(
            ctx,
            t.end,
            &["worker", "workers", "agency", "agencies", "group", "groups", "organisation", "organization", "convoy"],
        )
    {
        return;
    }
    // "released by JNIM, the Sahel branch of al-Qaeda": an apposition, which
    // the part-of rules (`apply_org_parts`) give to the body before the comma,
    // not to the sentence's subject.
    if kind == Membership
        && matches!(trig.phrase.as_str(), "branch of" | "wing of" | "arm of" | "affiliate of" | "faction of")
        && let Some(comma) = (t.start.saturating_sub(5).max(s.tok.start + 1)..t.start).rfind(|&j| ctx.w(j) == ",")
        && matches!(ctx.w(comma + 1), "the" | "a" | "an")
        && (comma + 2..t.start).all(|j| {
            ctx.at[j].is_none_or(|m| ctx.ms[m].kind == EntityKind::Place)
                && ctx.w(j).chars().all(|c| c.is_alphabetic() || c == '-')
        })
    {
        return;
    }
    // "The raid was based on ...", "the arrested men": after an article a
    // verb form is a noun or an adjective, and tells no deed of its own.
    if !trig.nominal
        && t.len() == 1
        && t.start > s.tok.start
        && matches!(ctx.w(t.start - 1), "the" | "a" | "an" | "this" | "its" | "their")
        && !matches!(kind, Membership | Association | Cooperation)
        && !(t.end < s.tok.end && matches!(ctx.w(t.end), "of" | "by" | "on" | "against" | "between"))
    {
        return;
    }
    // "The RSF has accused Egypt of carrying out air strikes in support of the
    // SAF": what one side accuses another of is no fact.
    let lo = t.start.saturating_sub(12).max(s.tok.start + 2);
    if let Some(of) = (lo..t.start).rev().find(|&j| ctx.w(j) == "of")
        && let Some(m) = ctx.mention_at(of - 1)
        && m.tok.start > s.tok.start
        && matches!(ctx.w(m.tok.start - 1), "accused" | "accuses" | "accusing" | "accuse")
        && (of + 1..t.start).all(|j| !ctx.barrier(j) && ctx.w(j) != ",")
    {
        return;
    }
    // Nor inside a name no one knows: "the Sector for the Fight against
    // Organised Crime" (a verb is capitalised only where a sentence starts).
    if t.start > s.tok.start && ctx.a.is_capitalised(t.start) && !s.title_case && ctx.w(t.start - 1) != "\"" {
        return;
    }
    let w = |i: usize| ctx.w(i);
    let prev = |k: usize| (t.start >= s.tok.start + k).then(|| w(t.start - k));
    let next = |k: usize| (t.end + k - 1 < s.tok.end).then(|| w(t.end + k - 1));
    let time_prep = |w: Option<&str>| matches!(w, Some("under" | "after" | "during" | "following" | "before" | "upon"));
    // A trigger after a determiner, or followed by "of", is a noun: "the capture of X by Y".
    let nominal_context = matches!(prev(1), Some("the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "s"))
        || (next(1) == Some("of") && !trig.phrase.ends_with(" of"))
        // "Under questioning by GID investigators, he admitted ...".
        || (is_gerund(&trig.phrase)
            && next(1) == Some("by")
            && (time_prep(prev(1))
                // "after initial questioning by Pakistani intelligence".
                || time_prep(prev(2))
                    && prev(1).is_some_and(|p| {
                        matches!(p, "initial" | "further" | "lengthy" | "intense" | "brief" | "days" | "hours" | "weeks")
                    })));
    // "which HTS has fought for years": a duration, not a side; the verb alone
    // ("worked for years" is no membership).
    let duration = next(1).is_some_and(|n| {
        matches!(
            n,
            "years"
                | "months"
                | "decades"
                | "weeks"
                | "days"
                | "hours"
                | "decade"
                | "long"
                | "several"
                | "many"
                | "nearly"
                | "almost"
                | "over"
                | "more"
        ) || count_word(n).is_some()
            || n.bytes().all(|b| b.is_ascii_digit())
    });
    // ("managed the finances of the Clan del Golfo", "its supplies": a noun after
    // a determiner, no verb.)
    if matches!(trig.phrase.as_str(), "finances" | "funds" | "arms" | "supplies" | "aids" | "backs" | "shelters")
        && matches!(prev(1), Some("the" | "its" | "his" | "her" | "their" | "s"))
    {
        return;
    }
    let fought_for = matches!(trig.phrase.as_str(), "fight for" | "fought for" | "fights for" | "fighting for");
    if trig.phrase.ends_with(" for") && duration && !fought_for && trig.kind == Membership {
        return;
    }
    let (t, refit) = if fought_for && duration {
        let verb = trig.phrase.trim_end_matches(" for").to_owned();
        (t.start..t.end - 1, Some(Trigger { phrase: verb, kind: Attack, nominal: false }))
    } else {
        (t.clone(), None)
    };
    // (Fought whom is told only by a relative clause: "that has fought for
    // years in Syria" fought no one named.)
    if refit.is_some()
        && !(t.start.saturating_sub(5).max(s.tok.start)..t.start).any(|j| matches!(w(j), "which" | "whom"))
    {
        return;
    }
    let trig = refit.as_ref().unwrap_or(trig);
    let kind = trig.kind;
    let gerund_by = is_gerund(&trig.phrase) && next(1) == Some("by");
    // "the killing of X by Y", "the kidnapping of X": a gerund used as a noun.
    let gerund_of = is_gerund(&trig.phrase)
        && !trig.phrase.contains(' ')
        && next(1) == Some("of")
        && matches!(prev(1), Some("the" | "his" | "her" | "its" | "their" | "s"));
    let trig = &if nominal_context && !trig.nominal && (is_noun_form(trig) || gerund_by || gerund_of) {
        Trigger { nominal: true, ..trig.clone() }
    } else if !trig.phrase.contains(' ')
        && is_gerund(&trig.phrase)
        && matches!(
            prev(1),
            Some("began" | "begun" | "begin" | "begins" | "started" | "start" | "starts" | "continued")
        )
    {
        // "whose officers have begun interrogating him": the deed itself.
        let stem = trig.phrase.trim_end_matches("ing");
        Trigger { phrase: format!("{stem}ed"), nominal: false, ..trig.clone() }
    } else {
        trig.clone()
    };
    // Negated or hedged: no fact.
    if not_stated(ctx, s, t.start, st) {
        st.last_agents.clear();
        return;
    }
    // "detained six members of a cell of Hizb ut-Tahrir": the cell's members
    // are the ones detained, not the clause's subject.
    if kind == Membership && matches!(prev(1), Some("a" | "an")) && prev(2) == Some("of") {
        return;
    }
    // "Also apprehended were the group's other members: A, 38; his brother B":
    // the people listed, taken by whoever made the arrest just told.
    if kind == Capture
        && matches!(next(1), Some("were" | "was"))
        && (t.start == s.tok.start || t.start == s.tok.start + 1 && prev(1) == Some("also"))
        && let Some(captor) = st.recent_captor
    {
        let from = (t.end + 1..s.tok.end.min(t.end + 10)).find(|&j| w(j) == ":").map_or(t.end + 1, |c| c + 1);
        let people = listed_items(ctx, s, from);
        st.add(&[captor], kind, &people, 0.6);
        return;
    }
    // "Istanbul police detained 23 people. Among those detained were A, B
    // and C": the people listed, taken by whoever made the arrests.
    // (Also "Omar Haddad was among those detained".)
    // ("Among those freed was X": by whoever freed them.)
    if matches!(kind, Capture | Release)
        && prev(1).is_some_and(|p| matches!(p, "those" | "people" | "suspects" | "men" | "hostages" | "captives"))
        && prev(2) == Some("among")
    {
        let agents: Vec<usize> = if kind == Capture {
            st.recent_captor.into_iter().collect()
        } else {
            st.recent_releaser.into_iter().collect()
        };
        let patients = if matches!(next(1), Some("were" | "was" | "are" | "is")) {
            ctx.right(t.end + 1, s, 4, false)
        } else {
            ctx.subject(s, t.start)
        };
        let patients: Vec<usize> = patients.into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
        st.add(&agents, kind, &patients, 0.6);
        return;
    }
    // Purpose infinitives state an aim, not a deed; tracking and support are activities either way.
    // ("was detained by MIT ... and was deported to France": a second passive too.)
    // ("detained him but released him", "and later freed him": the verbs share their subject.)
    let coordinated = prev(1).is_some_and(|p| matches!(p, "and" | "or" | "but"))
        || kind == Release
            && prev(1).is_some_and(|p| matches!(p, "later" | "then" | "subsequently" | "eventually"))
            && prev(2).is_some_and(|p| matches!(p, "and" | "but"))
        || kind == Handover && prev(1).is_some_and(is_be_aux) && matches!(prev(2), Some("and"));
    let infinitive = prev(1) == Some("to") || (coordinated && st.last_infinitive);
    st.last_infinitive = infinitive;
    if infinitive && !matches!(kind, Surveillance | Support | Cooperation) {
        return;
    }
    // "for their role in helping": a gerund after a preposition has no clear agent,
    // except after an accusation: "arrested X on suspicion of sending money to
    // G", "accused of helping Y escape", "pleaded guilty to providing support to Z".
    let accusation = (2..=3).find(|&k| {
        prev(k).is_some_and(|p| {
            matches!(
                p,
                "suspicion"
                    | "suspected"
                    | "charges"
                    | "accused"
                    | "charged"
                    | "guilty"
                    | "convicted"
                    | "admitted"
                    | "confessed"
                    | "arrested"
                    | "detained"
                    | "jailed"
                    | "sentenced"
                    | "indicted"
            )
        })
    });
    // The accused is the one named before the accusation ("X, 29, on suspicion
    // of", "X is suspected of", "X and Y, who are accused of"), not an unnamed
    // "cell accused of", nor Cairo in "accused Cairo of supplying".
    let accused = !trig.nominal
        && trig.phrase.split(' ').next().is_some_and(is_gerund)
        && matches!(kind, Support | Membership | Attack | Surveillance)
        && prev(1).is_some_and(|p| matches!(p, "of" | "to" | "with" | "for"))
        && accusation.is_some_and(|k| {
            let at = t.start - k;
            let object_between = (at + 1..t.start).any(|j| ctx.at[j].is_some());
            let before = (at > s.tok.start).then(|| w(at - 1));
            let plain_noun = before.is_some_and(|b| {
                ctx.mention_at(at - 1).is_none()
                    && b.chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(
                        b,
                        "is" | "was"
                            | "are"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                            | "who"
                            | "on"
                            | "under"
                            | "pleaded"
                            | "has"
                            | "have"
                            | "had"
                            | "also"
                            | "allegedly"
                    )
            });
            // ("Ahmed Mahmoud, a smuggler accused of supplying": the noun is the
            // named man's.)
            let apposed = plain_noun
                && (at.saturating_sub(6).max(s.tok.start + 2)..at).any(|k| {
                    // ("A and B, two men suspected of supplying".)
                    matches!(w(k), "a" | "an" | "two" | "three" | "four" | "both")
                        && w(k - 1) == ","
                        && ctx.at[k - 2].is_some_and(|m| ctx.ms[m].kind == EntityKind::Person)
                        && (k + 1..at)
                            .all(|j| ctx.at[j].is_none() && w(j).chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                });
            !object_between && (!plain_noun || apposed)
        });
    // ("The CID released X after questioning her": the clause's subject did it.)
    let after_gerund = !trig.nominal
        && !accused
        && matches!(prev(1), Some("after" | "before"))
        && trig.phrase.split(' ').next().is_some_and(is_gerund)
        && !matches!(kind, Membership | Association);
    // "MS-13 and Barrio 18 fought for control of the capital": a fight between
    // them, not service in a group.
    if kind == Membership
        && matches!(trig.phrase.as_str(), "fought for" | "fight for" | "fights for" | "fighting for")
        && t.end < s.tok.end
        && matches!(w(t.end), "control" | "dominance" | "supremacy" | "territory" | "power" | "influence")
    {
        let sides: Vec<usize> = ctx
            .left(t.start, s)
            .into_iter()
            .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Group | EntityKind::Agency | EntityKind::Country))
            .collect();
        // (The one named first fights the other.)
        if let [a, b] = sides[..] {
            let (a, b) = if ctx.ms[a].tok.start < ctx.ms[b].tok.start { (a, b) } else { (b, a) };
            st.add(&[a], Attack, &[b], 0.75);
        }
        return;
    }
    // "a series of attacks this year on FAMa": a plural noun, not a verb.
    if !trig.nominal
        && kind == Attack
        && prev(1) == Some("of")
        && matches!(
            trig.phrase.as_str(),
            "attacks" | "raids" | "strikes" | "ambushes" | "bombings" | "killings" | "battles" | "assaults"
        )
    {
        let noun = Trigger { phrase: trig.phrase.clone(), kind, nominal: true };
        return apply_trigger_inner(ctx, s, t, &noun, st);
    }
    if !trig.nominal
        && !accused
        && !after_gerund
        && prev(1).is_some_and(|p| matches!(p, "in" | "for" | "of" | "by" | "after" | "before" | "without" | "on"))
    {
        return;
    }
    // "accused Iran of arming and financing the Houthis": the second gerund
    // stands where the first does.
    if !trig.nominal
        && !accused
        && matches!(prev(1), Some("and" | "or"))
        && prev(2).is_some_and(is_gerund)
        && matches!(prev(3), Some("in" | "for" | "of" | "by" | "after" | "before" | "without" | "on"))
    {
        return;
    }
    // "airstrikes targeting Daesh": a participle after a plain noun belongs to that noun.
    // ("who is presently serving in": past the adverb.)
    let before_adverbs = (s.tok.start..t.start).rev().find(|&j| !is_adverb(w(j)));
    if !trig.nominal
        && !after_gerund
        && trig.phrase.split(' ').next().is_some_and(is_gerund)
        && before_adverbs.is_some_and(|b| match ctx.mention_at(b) {
            Some(m) => ctx.is_located(m, s),
            None => !matches!(w(b), "and" | "," | "was" | "were" | "is" | "are" | "been" | "be" | "of" | "to"),
        })
    {
        return;
    }
    // "are questioning him" is active: only a participle can be passive.
    // "are enrolled in", "was affiliated with": the member is the subject.
    // ("is closely allied with", "is linked to": a state, not a passive.)
    let member_prep = matches!(kind, Membership | Association)
        && [" in", " with", " to", " into"].iter().any(|p| trig.phrase.ends_with(p));
    let passive = !trig.nominal && !member_prep && !trig.phrase.split(' ').next().is_some_and(is_gerund) && {
        let mut j = t.start;
        let mut found = false;
        while j > s.tok.start && t.start - j < 4 {
            j -= 1;
            if is_be_aux(w(j)) {
                found = true;
                break;
            }
            if !is_adverb(w(j)) {
                break;
            }
        }
        let participle = trig.phrase.ends_with("ed") || !is_gerund(&trig.phrase) && trig.phrase.contains(' ');
        // "was questioned by BKA investigators and released the next day".
        // ("He was flown to Lima and interrogated at DIRCOTE headquarters".)
        // ("... for four days and then released without charge".)
        let and_then = |k: usize| {
            prev(k) == Some("and")
                || matches!(prev(k), Some("then" | "later" | "subsequently" | "eventually"))
                    && prev(k + 1) == Some("and")
        };
        let and_participle = and_then(1)
            && participle
            && (!st.last_passive_patients.is_empty()
                || (s.tok.start..t.start.saturating_sub(1)).any(|j| {
                    is_be_aux(w(j))
                        && j + 1 < t.start
                        && (w(j + 1).ends_with("ed")
                            || matches!(
                                w(j + 1),
                                "flown" | "taken" | "sent" | "brought" | "held" | "driven" | "caught"
                            ))
                }));
        // (Not "by" a means: "supported the operation by deploying an analyst".)
        let by_doer = |j: usize| w(j) == "by" && !(j + 1 < s.tok.end && is_gerund(w(j + 1)));
        found
            || and_participle
            || (prev(1) == Some(",") && (t.end..s.tok.end.min(t.end + 8)).any(by_doer))
            // "a unit trained and funded by the UAE"
            || (participle && (t.end..s.tok.end.min(t.end + 3)).any(by_doer))
    };
    // "by a team from the Philippine Army's 11th Infantry Division": a little further.
    // ("had been hunted by both armies": the pair the words stand for.)
    let by_agent = || {
        let named = ctx.after_word_then(t.end, s, &["by"], 16, 10);
        // ("was handed to Swedish police at the bridge and questioned by NOA
        // detectives": that "by" is the next verb's.)
        let named = match named.first().map(|&m| ctx.ms[m].tok.start) {
            Some(to)
                if kind == Handover
                    && (t.end..to).any(|j| {
                        w(j) == "and"
                            && j + 2 < to
                            && w(j + 1).ends_with("ed")
                            && w(j + 1).bytes().all(|b| b.is_ascii_lowercase())
                            && w(j + 2) == "by"
                    }) =>
            {
                Vec::new()
            }
            _ => named,
        };
        // ("caught by vigilantes backed by the army": the army is the backer,
        // the doers go unnamed.)
        let backer = named.first().is_some_and(|&m| {
            let to = ctx.ms[m].tok.start;
            let from = (t.end..to).find(|&j| w(j) == "by").unwrap_or(to);
            (from..to).any(|j| matches!(w(j), "backed" | "supported" | "aided" | "assisted" | "helped"))
        });
        if backer {
            return Vec::new();
        }
        if !named.is_empty() {
            return named;
        }
        // "by a joint investigation team (JIT) headed by the CTD": the body
        // heading the team.
        if let Some(b) = (t.end..s.tok.end.min(t.end + 3)).find(|&j| w(j) == "by")
            && let Some(h) = (b + 2..s.tok.end.min(b + 10))
                .find(|&j| matches!(w(j), "headed" | "led") && j + 1 < s.tok.end && w(j + 1) == "by")
            && (b + 1..h).any(|j| matches!(w(j), "team" | "unit" | "squad" | "task" | "panel" | "group"))
            && (b + 1..h).all(|j| !ctx.barrier(j))
        {
            return ctx.right(h + 2, s, 4, false);
        }
        let by = (t.end..s.tok.end.min(t.end + 3)).find(|&j| w(j) == "by");
        by.and_then(|b| ctx.pairs.iter().find(|(r, _, _)| r.start == b + 1))
            .map(|&(_, a, b)| vec![a, b])
            .unwrap_or_default()
    };
    // "The CJNG, led by X, has become ... and has been fighting the Sinaloa
    // Cartel": a second verb phrase shares the sentence's subject.
    // ("... broke away from Boko Haram and is formally a branch of IS".)
    let second_vp =
        (t.start.saturating_sub(5).max(s.tok.start)..t.start).rev().find(|&j| w(j) == "and").is_some_and(|j| {
            let aux = |k: usize| {
                matches!(w(k), "has" | "have" | "had" | "been" | "is" | "are" | "was" | "were" | "remains" | "became")
            };
            // ("and a unit of the FSA" is an apposition, not a second verb.)
            let article = |k: usize| matches!(w(k), "a" | "an" | "the");
            (j + 1..t.start).all(|k| {
                aux(k)
                    || article(k)
                    || matches!(w(k), "later" | "then" | "also" | "since" | "now" | "still")
                    || is_adverb(w(k))
            }) && ((j + 1..t.start).any(aux) || !(j + 1..t.start).any(article))
        });
    // "SDF units, backed by air strikes from the coalition against IS, traced
    // him": the subject before the aside, not the last name in it.
    let before_aside = (t.start >= s.tok.start + 3 && w(t.start - 1) == ",")
        .then(|| (s.tok.start + 1..t.start - 1).find(|&c| w(c) == ","))
        .flatten()
        .and_then(|c| {
            let k =
                if matches!(w(c - 1), "units" | "forces" | "troops" | "officers" | "agents" | "fighters" | "militants")
                {
                    c - 1
                } else {
                    c
                };
            let m = ctx.at[k.checked_sub(1)?]?;
            let aside_opens = matches!(
                w(c + 1),
                "backed"
                    | "supported"
                    | "aided"
                    | "helped"
                    | "acting"
                    | "working"
                    | "with"
                    | "along"
                    | "together"
                    | "in"
            );
            // The body opens the sentence ("Colombia's National Police, working
            // with the DEA, arrested ...": past its country).
            let opens =
                (s.tok.start..ctx.ms[m].tok.start).all(|j| ctx.at[j].is_some() || matches!(w(j), "the" | "'" | "s"));
            (aside_opens && ctx.ms[m].tok.start <= s.tok.start + 4 && opens).then_some(m)
        });
    // "officers from the Interior Ministry's department in Namangan, acting
    // on information supplied by the SGB, detained ...": whoever stands before
    // the aside, wherever the sentence opens.
    let aside_left = || -> Vec<usize> {
        if t.start < s.tok.start + 3 || w(t.start - 1) != "," {
            return Vec::new();
        }
        let Some(c) = (s.tok.start + 1..t.start - 1).rev().find(|&c| w(c) == ",") else { return Vec::new() };
        if !matches!(w(c + 1), "acting" | "working" | "backed" | "supported" | "aided" | "helped" | "assisted") {
            return Vec::new();
        }
        ctx.left(c, s)
            .into_iter()
            .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Group))
            .collect()
    };
    let agents_left = || {
        if let Some(m) = before_aside {
            vec![m]
        } else if let aside = aside_left()
            && !aside.is_empty()
        {
            aside
        } else if after_gerund {
            ctx.subject(s, t.start)
        } else if accused {
            // ("The SSG detained three residents on charges of financing IS": the
            // body that made the arrest is not the one accused.)
            // ("He was questioned by INIS officers and confessed to transferring
            // funds to IS": the one questioned, the clause's subject.)
            let mut left = ctx.left(t.start, s);
            let before = left.len();
            left.retain(|&m| {
                ctx.ms[m].kind == EntityKind::Person
                    || !(ctx.ms[m].tok.end..t.start).any(|j| {
                        matches!(
                            w(j),
                            "detained"
                                | "arrested"
                                | "captured"
                                | "apprehended"
                                | "held"
                                | "nabbed"
                                | "questioned"
                                | "interrogated"
                        )
                    }) && !(ctx.ms[m].tok.start.saturating_sub(1)..ctx.ms[m].tok.start).any(|j| w(j) == "by")
            });
            if left.is_empty() && before > 0 {
                left = ctx.subject(s, t.start);
                left.retain(|&m| ctx.ms[m].kind == EntityKind::Person);
            }
            // ("A and B, two men suspected of supplying": the people the
            // apposition describes, past its unnamed noun.)
            if left.is_empty()
                && let Some(k) = (t.start.saturating_sub(8).max(s.tok.start + 2)..t.start)
                    .find(|&k| matches!(w(k), "two" | "three" | "four" | "both") && w(k - 1) == ",")
                && let Some(p) = ctx.at[k - 2].filter(|&p| ctx.ms[p].kind == EntityKind::Person)
                && (k + 1..t.start).all(|j| ctx.at[j].is_none() && !ctx.barrier(j))
            {
                left = ctx.coordinated(p, s, false);
            }
            left
        } else if infinitive {
            ctx.subject(s, t.start)
        } else if coordinated
            && let Some(m) = (t.start.saturating_sub(15).max(s.tok.start)..t.start)
                .rev()
                .find(|&j| w(j) == "that")
                .and_then(|j| ctx.at.get(j + 1).copied().flatten())
                .filter(|&m| ctx.ms[m].actor && ctx.ms[m].kind == EntityKind::Person)
        {
            // "concluded that he collected cash and moved the money on to IS":
            // the reported clause's own subject, not the investigators.
            vec![m]
        } else if coordinated && !st.last_agents.is_empty() {
            st.last_agents.clone()
        } else if second_vp && !ctx.subject(s, t.start).is_empty() {
            ctx.subject(s, t.start)
        } else if !st.last_agents.is_empty()
            && st.last_agents.iter().all(|&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Group))
            && let Some(p) = (t.start.saturating_sub(3).max(s.tok.start)..t.start).rfind(|&j| w(j) == "they")
            && ctx.at[p].is_none()
            && (p + 1..t.start).all(|j| matches!(w(j), "had" | "have" | "then" | "also" | "later"))
            && (s.tok.start..p).any(|j| w(j) == "and")
        {
            // ("ANSE agents had been tracking X, and in February they arrested
            // his deputy": "they" are the doers of the clause before.)
            st.last_agents.clone()
        } else {
            ctx.left(t.start, s)
        }
    };
    // Who reports a deed done by no named agent: "X was arrested ..., RAB's
    // spokesman told a briefing", "... according to a statement from the CTD".
    let reporter = || -> Vec<usize> {
        let body = |m: &Mention| matches!(m.kind, EntityKind::Agency);
        for j in s.tok.clone() {
            let Some(m) = ctx.at[j] else { continue };
            let mm = &ctx.ms[m];
            if !body(mm) || mm.tok.start != j {
                continue;
            }
            let cited = (mm.tok.start.saturating_sub(5).max(s.tok.start)..mm.tok.start)
                .any(|k| matches!(w(k), "according" | "statement" | "statements"));
            let says = (mm.tok.end..s.tok.end.min(mm.tok.end + 9))
                .any(|k| matches!(w(k), "said" | "says" | "told" | "announced" | "confirmed" | "stated" | "reported"));
            if cited || says {
                return vec![m];
            }
        }
        Vec::new()
    };
    let conf_direct = 0.9;
    let conf_near = 0.75;
    // "the CJNG, led by X", "X leads the group": only a person leads, and a
    // passive "led by" names the leader of the body right before it.
    if matches!(trig.phrase.as_str(), "lead" | "leads" | "led" | "leading") {
        let (leaders, led) = if passive {
            let body = (t.start >= s.tok.start + 2 && w(t.start - 1) == ",").then(|| ctx.at[t.start - 2]).flatten();
            // "The EMC is led by X", "Tren de Aragua, which ... is led by X",
            // "Ansar al-Sharia, then led by X": the body the clause is about.
            let body: Vec<usize> = match body {
                Some(b) => vec![b],
                None => ctx
                    .left(t.start, s)
                    .into_iter()
                    .filter(|&m| {
                        matches!(ctx.ms[m].kind, EntityKind::Group | EntityKind::Agency | EntityKind::Organization)
                    })
                    .collect(),
            };
            (by_agent(), body)
        } else {
            (ctx.left(t.start, s), ctx.right(t.end, s, 5, false))
        };
        let leaders: Vec<usize> = leaders.into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
        st.add(&leaders, Membership, &led, conf_near);
        return;
    }
    // "launched drones at northern Israel", "rockets fired by Hezbollah at
    // Israel": the target follows "at", "against" or "on".
    if matches!(trig.phrase.as_str(), "launched" | "launches" | "launching" | "fired" | "fires" | "firing") {
        let stop = (t.end..s.tok.end.min(t.end + 8)).find(|&j| {
            matches!(
                w(j),
                "investigation" | "probe" | "inquiry" | "campaign" | "appeal" | "bid" | "operation" | "manhunt"
            )
        });
        if stop.is_none() {
            let targets = ctx.after_word(t.end, s, &["at", "against", "on", "into", "toward", "towards"], 8);
            let agents = if passive { by_agent() } else { agents_left() };
            st.add(&agents, Attack, &targets, conf_near);
        }
        return;
    }
    // "kept Salik under watch", "had been under observation since 2021 by the BfV".
    if trig.phrase.starts_with("under ") || trig.phrase.contains(" under ") {
        let watched_before = t.start.checked_sub(1).and_then(|k| ctx.at[k]).filter(|&m| ctx.ms[m].actor);
        let (agents, watched) = match watched_before {
            Some(m) => {
                let verb = ctx.ms[m].tok.start;
                (ctx.left(verb.saturating_sub(1).max(s.tok.start), s), vec![m])
            }
            None => (by_agent(), ctx.left(t.start, s)),
        };
        st.add(&agents, kind, &watched, conf_near);
        return;
    }
    // "acting on information supplied by the SGB, the GKNB arrested ...": the
    // informer supports the one who acted on it.
    if passive
        && kind == Support
        && (t.start.saturating_sub(3).max(s.tok.start)..t.start)
            .any(|j| matches!(w(j), "information" | "intelligence" | "tip" | "tip-off" | "tips" | "data" | "details"))
    {
        let informer = by_agent();
        let mut acting = ctx.subject(s, t.start);
        if acting.is_empty()
            && let Some(comma) = (t.end..s.tok.end.min(t.end + 12)).find(|&j| w(j) == ",")
        {
            acting = ctx.right(comma + 1, s, 4, false);
        }
        let acting: Vec<usize> = acting.into_iter().filter(|&m| ctx.ms[m].kind != EntityKind::Person).collect();
        st.add(&informer, Support, &acting, conf_near);
        return;
    }
    // "Iran is also the main backer of the Houthis": the sentence's subject.
    if kind == Support
        && trig.nominal
        && next(1) == Some("of")
        && (t.start.saturating_sub(5).max(s.tok.start)..t.start)
            .any(|j| matches!(w(j), "is" | "was" | "are" | "remains" | "became"))
    {
        let backed = ctx.right(t.end + 1, s, 5, false);
        st.add(&ctx.subject(s, t.start), Support, &backed, conf_near);
        return;
    }
    // "the two agencies had exchanged information", "the two armies' joint
    // campaign": the two named last, with each other.
    // (Not "the two forces say they have killed militants": a fight between
    // the two must say so.)
    let mutual = kind != Attack || ["clash", "fought", "fight", "war", "feud"].iter().any(|w| trig.phrase.contains(w));
    if matches!(kind, Cooperation | Association | Attack)
        && mutual
        && let Some((_, m1, m2)) =
            ctx.pairs.iter().find(|(r, _, _)| r.start >= s.tok.start && r.end <= t.start && t.start - r.end <= 6)
        && !(kind == Attack && ctx.ms[*m1].kind == EntityKind::Person)
    {
        st.add(&[*m1], kind, &[*m2], conf_near);
        return;
    }
    match kind {
        Handover => {
            // "was placed in the custody of the NIA", "was received by the Assam
            // Rifles": the receiver right after; the one taken in is the
            // clause's subject, and whoever held him before gave him up.
            if trig.phrase.ends_with(" of") || trig.phrase.ends_with(" by") {
                let receivers = ctx.right(t.end, s, 5, false);
                let captives: Vec<usize> = (if coordinated && !st.last_passive_patients.is_empty() {
                    st.last_passive_patients.clone()
                } else {
                    ctx.left(t.start, s)
                })
                .into_iter()
                .filter(|&m| ctx.ms[m].kind == EntityKind::Person)
                .collect();
                if receivers.is_empty() || captives.is_empty() {
                    return;
                }
                // (The one who held him last: the receiver of the handover just
                // told, else his captor.)
                // ("expelled to Ecuador, where he was received by the National
                // Police": a country received is where, not who.)
                let last: Vec<usize> =
                    st.last_receivers.iter().copied().filter(|&m| ctx.ms[m].kind != EntityKind::Country).collect();
                let givers: Vec<usize> = if last.is_empty() {
                    captives.iter().filter_map(|&c| st.captor_of(ctx.ms[c].ent)).collect()
                } else {
                    last
                };
                let givers: Vec<usize> = givers.into_iter().filter(|g| !receivers.contains(g)).collect();
                st.add(if givers.is_empty() { &captives } else { &givers }, Handover, &receivers, conf_near);
                st.last_passive_patients = captives;
                st.last_receivers = receivers;
                return;
            }
            // "the FARDC, who passed him on to the ANR": the receiver right after.
            if trig.phrase.starts_with("passed h") {
                let receivers = ctx.right(t.end, s, 5, false);
                let givers = ctx.left(t.start, s);
                st.add(&givers, Handover, &receivers, conf_direct);
                st.last_receivers = receivers;
                return;
            }
            let receivers = ctx.after_word(t.end, s, &["to", "into"], 10);
            if receivers.is_empty() {
                return;
            }
            let captives = if passive || trig.nominal && next(1) != Some("of") {
                // "Bulatović, wanted for the murder of a member of the rival
                // Škaljari clan, was extradited": a person is handed over, so
                // the clause's subject when the nearest name is a body.
                let near = ctx.left(t.start, s);
                let person = |m: &usize| ctx.ms[*m].kind == EntityKind::Person;
                if passive && !near.is_empty() && !near.iter().any(person) {
                    let subject: Vec<usize> = ctx.subject(s, t.start).into_iter().filter(person).collect();
                    if subject.is_empty() { near } else { subject }
                } else {
                    near
                }
            } else if trig.nominal {
                ctx.right(t.end, s, 4, false)
            } else {
                ctx.right(t.end, s, 6, false).into_iter().filter(|&m| !receivers.contains(&m)).collect()
            };
            // "was extradited from Spain and handed over to ...": the country
            // (or body) it came from gave him up.
            let from_state = || -> Vec<usize> {
                if t.end + 1 >= s.tok.end || w(t.end) != "from" {
                    return Vec::new();
                }
                let k = if w(t.end + 1) == "the" { t.end + 2 } else { t.end + 1 };
                ctx.at
                    .get(k)
                    .copied()
                    .flatten()
                    .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Country | EntityKind::Agency))
                    .into_iter()
                    .collect()
            };
            let givers = if passive {
                let by = by_agent();
                let by = if by.is_empty() && !coordinated { from_state() } else { by };
                let by = if by.is_empty() && coordinated { st.last_agents.clone() } else { by };
                // "were driven to the crossing by gendarmes and handed to the
                // DGSN": the first verb's doer.
                if by.is_empty() && coordinated {
                    (s.tok.start..t.start)
                        .rev()
                        .find(|&j| w(j) == "by")
                        .map(|j| ctx.right(j + 1, s, 3, false))
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country))
                        .collect()
                } else {
                    by
                }
            } else if coordinated && !st.last_agents.is_empty() {
                st.last_agents.clone()
            } else if trig.nominal {
                ctx.after_word(t.end, s, &["by"], 10)
            } else {
                ctx.left(t.start, s)
            };
            // ("The three men were handed over to the CTU": those taken.)
            let captives = if captives.is_empty() && passive {
                let lo = clause_start(ctx, s, t.start, &[",", ";", "said", "says", "that"]);
                plural_captives(ctx, st, lo, t.start)
            } else {
                captives
            };
            // ("was handed to Swedish police and questioned by NOA detectives":
            // the next participle's patient.)
            if passive && !captives.is_empty() {
                st.last_passive_patients = captives.clone();
            }
            let sources = if givers.is_empty() { captives } else { givers };
            st.add(&sources, Handover, &receivers, conf_direct);
            st.last_agents = sources;
            st.last_receivers = receivers;
        }
        Escape => {
            let ends_in_prep = [" from", " of"].iter().any(|p| trig.phrase.ends_with(p));
            // ("escaped from the custody of Sudanese intelligence when fighters
            // of the RSF stormed ...": the body right after the phrase.)
            let from = if ends_in_prep && !trig.nominal { ctx.right(t.end, s, 6, true) } else { Vec::new() };
            let from = if from.is_empty() { ctx.after_word(t.end, s, &["from", "of"], 8) } else { from };
            let from = if from.is_empty() && !trig.nominal {
                ctx.right(t.end, s, if ends_in_prep { 6 } else { 4 }, ends_in_prep)
            } else {
                from
            };
            // "escaped from Kamiti prison, which is run by the Kenya Prisons
            // Service": the body that runs the place.
            let place_only =
                from.iter().all(|&m| matches!(ctx.ms[m].kind, EntityKind::Organization | EntityKind::Place));
            let from = if place_only && !trig.nominal {
                (t.end..s.tok.end.min(t.end + 14))
                    .find(|&k| {
                        matches!(ctx.w(k), "run" | "operated" | "managed" | "controlled" | "administered")
                            && k + 1 < s.tok.end
                            && ctx.w(k + 1) == "by"
                    })
                    .map(|k| ctx.right(k + 2, s, 4, false))
                    .filter(|by| !by.is_empty())
                    .unwrap_or(from)
            } else {
                from
            };
            // ("escaped from the El Pozo prison early on Sunday, the National
            // Penitentiary Institute said": the prison service telling it.)
            let from = if from.iter().all(|&m| ctx.ms[m].kind == EntityKind::Place) && !trig.nominal {
                let warden = |m: usize| {
                    matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Organization)
                        && ctx.ms[m].tok.clone().any(|k| {
                            matches!(
                                ctx.w(k),
                                "prison" | "prisons" | "penitentiary" | "correctional" | "corrections" | "custodial"
                            )
                        })
                };
                (t.end..s.tok.end)
                    .find(|&k| ctx.w(k) == "," && ctx.at.get(k + 1).copied().flatten().is_none())
                    .and_then(|c| (c + 1..s.tok.end.min(c + 12)).find_map(|k| ctx.at[k]))
                    .filter(|&m| warden(m))
                    .filter(|&m| {
                        (ctx.ms[m].tok.end..s.tok.end.min(ctx.ms[m].tok.end + 5))
                            .any(|k| super::rules::is_saying_verb(ctx.w(k)))
                    })
                    .map_or(from, |m| vec![m])
            } else {
                from
            };
            let who = if trig.nominal { ctx.after_word(t.end, s, &["by"], 6) } else { ctx.left(t.start, s) };
            let who = if who.is_empty() && trig.nominal { ctx.left(t.start, s) } else { who };
            // "X was one of 150 inmates who fled the jail", "X was among the
            // prisoners who escaped": X.
            let who = if who.is_empty() && t.start > s.tok.start && ctx.w(t.start - 1) == "who" {
                (s.tok.start..t.start)
                    .find(|&k| {
                        matches!(ctx.w(k), "was" | "is") && k + 1 < t.start && matches!(ctx.w(k + 1), "one" | "among")
                    })
                    .and_then(|k| ctx.at[k.checked_sub(1)?])
                    .filter(|&m| ctx.ms[m].kind == EntityKind::Person)
                    .into_iter()
                    .collect()
            } else {
                who
            };
            // ("Four inmates escaped from the prison run by the INP": whom the
            // escapees named later fled.)
            if who.is_empty()
                && let Some(&f) = from.iter().find(|&&m| {
                    matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Group | EntityKind::Organization)
                })
            {
                st.escaped_from = Some(f);
            }
            st.add(&who, Escape, &from, conf_direct);
        }
        Cooperation => {
            let phrase = &trig.phrase;
            // "It is part of the alliance, together with the MNDAA and the TNLA":
            // more members of the same body.
            if matches!(phrase.as_str(), "together with" | "along with" | "alongside")
                && let Some(&(_, Membership, body, conf)) = st.found.last()
            {
                let more = ctx.right(t.end, s, 4, false);
                st.add(&more, Membership, &[body], conf);
                return;
            }
            let between = ctx.after_word(t.end, s, &["between"], 3);
            let of_team = if phrase.contains("team") || phrase.contains("joint") {
                ctx.after_word(t.end, s, &["of", "by", "involving"], 3)
            } else {
                Vec::new()
            };
            let group = if between.len() >= 2 { between } else { of_team };
            // "joint work between the two police forces", "The two agencies then
            // ran a joint operation": the last two bodies of that kind named.
            let group = if group.len() < 2 { ctx.two_bodies(s, t.clone()) } else { group };
            if group.len() >= 2 {
                for (i, &p) in group.iter().enumerate() {
                    st.add(&[p], Cooperation, &group[i + 1..], conf_direct);
                }
                joint_attack(ctx, s, t.clone(), phrase, &group, st, conf_direct);
                st.last_agents = group;
                return;
            }
            let mut left = agents_left();
            // "The EU praised Kenya's cooperation with Somalia": the possessor.
            if trig.nominal
                && t.start >= s.tok.start + 3
                && let Some(m) = ctx.at[t.start - 3]
                && ctx.possessive_end(ctx.ms[m].tok.end, s) == Some(t.start)
                && matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country | EntityKind::Group)
            {
                left = vec![m];
            }
            // "The PNC arrested Edgar Morales in a joint operation with the army":
            // the body that acted, not the man it arrested.
            if trig.nominal && !left.is_empty() && left.iter().all(|&m| ctx.ms[m].kind == EntityKind::Person) {
                let subject = ctx.subject(s, t.start);
                if !subject.is_empty() && subject.iter().all(|&m| ctx.ms[m].kind != EntityKind::Person) {
                    left = subject;
                }
            }
            // "In a raid coordinated with the NSS, the CTS detained ...": the main
            // clause's subject, right after the comma.
            if left.is_empty()
                && let Some(comma) = (t.end..s.tok.end.min(t.end + 10)).find(|&j| w(j) == ",")
                && comma + 2 < s.tok.end
                && (ctx.at[comma + 1].is_some() || w(comma + 1) == "the" && ctx.at[comma + 2].is_some())
            {
                left = ctx.right(comma + 1, s, 4, false);
            }
            // "The operation was carried out in coordination with the ISF", "The
            // investigation was conducted jointly with the VSD": the body that
            // made the arrest told just before.
            // ("The operation was conducted under the supervision of the
            // prosecutor's office and in close coordination with A": the
            // operation's subject, not a name in a phrase before.)
            if let Some(op) = (s.tok.start..(s.tok.start + 3).min(t.start)).find(|&j| is_operation_noun(w(j)))
                && (s.tok.start..op).all(|j| ctx.at[j].is_none())
                && op + 1 < t.start
                && is_be_aux(w(op + 1))
                && left.iter().all(|&m| ctx.ms[m].tok.start > op)
                && !(op..t.start).any(|j| matches!(w(j), "which" | "who" | "whose" | "that"))
            {
                left.clear();
            }
            let operation = left.is_empty() && (s.tok.start..t.start).any(|j| is_operation_noun(w(j)));
            if operation
                && let Some(c) = st.operation_body()
                && ctx.ms[c].kind != EntityKind::Person
            {
                left.push(c);
            }
            // "Officers of the Border Police took part in the searches": with
            // the body whose operation it was.
            if matches!(
                phrase.as_str(),
                "took part in"
                    | "take part in"
                    | "takes part in"
                    | "taking part in"
                    | "participated in"
                    | "participate in"
                    | "participates in"
                    | "participating in"
            ) {
                let op = (t.end..s.tok.end.min(t.end + 3)).any(|j| is_operation_noun(w(j)));
                if op
                    && let Some(c) = st.operation_body()
                    && !left.iter().any(|&m| ctx.ms[m].ent == ctx.ms[c].ent)
                {
                    st.add(&left, Cooperation, &[c], conf_near);
                }
                return;
            }
            let right = if trig.nominal || phrase.ends_with(" of") {
                let r = ctx.after_word(t.end.saturating_sub(1), s, &["with", "of", "by"], 4);
                if r.is_empty() { ctx.right(t.end, s, 3, false) } else { r }
            } else if phrase.ends_with(" with")
                && left.iter().any(|&m| {
                    (ctx.ms[m].tok.end..t.start).all(|j| {
                        is_be_aux(w(j)) || is_adverb(w(j)) || matches!(w(j), "," | "has" | "have" | "had" | "also")
                    })
                })
            {
                // "The police worked with the DEA", "Colombian police, working with
                // the DEA,": the partner follows the phrase, the doer right before it.
                ctx.right(t.end, s, 4, false)
            } else {
                // "shared information about those contacts with the FBI".
                ctx.after_word(t.end, s, &["with"], 6)
            };
            // ("... handed him to BKA officers. The investigation was conducted in
            // cooperation with the ABW": not the ABW's own; the article's last
            // arrest by another body.)
            if operation
                && let [c] = left[..]
                && right.iter().any(|&r| ctx.ms[r].ent == ctx.ms[c].ent)
            {
                left.clear();
                if let Some(&(_, o)) = st.earlier_captures.iter().rev().find(|&&(_, o)| {
                    ctx.ms[o].kind != EntityKind::Person && !right.iter().any(|&r| ctx.ms[r].ent == ctx.ms[o].ent)
                }) {
                    left.push(o);
                }
            }
            // "a joint offensive by the PDF and the PSF against IS-Somalia
            // strongholds": each attacked the one it was against (no partner).
            let against = (t.end..s.tok.end.min(t.end + 14)).find(|&j| w(j) == "against");
            let right: Vec<usize> = match against {
                Some(a) => right.into_iter().filter(|&m| ctx.ms[m].tok.start < a).collect(),
                None => right,
            };
            let bodies: Vec<usize> = left.iter().chain(&right).copied().collect();
            joint_attack(ctx, s, t.clone(), phrase, &bodies, st, conf_near);
            if right.is_empty() && left.len() >= 2 {
                for (i, &p) in left.iter().enumerate() {
                    st.add(&[p], Cooperation, &left[i + 1..], conf_near);
                }
            } else {
                st.add(&left, Cooperation, &right, conf_near);
            }
            let mut all = left;
            all.extend(right);
            st.last_agents = all;
        }
        // "received training and equipment from the United States": the giver
        // supports the receiver.
        Support if trig.nominal && received(ctx, s, t.start) => {
            let givers = ctx.after_word(t.end, s, &["from"], 8);
            let receiver = ctx.left(t.start, s);
            st.add(&givers, Support, &receiver, conf_near);
        }
        // "X is undergoing tactical interrogation at the CIDG regional office":
        // the one questioned is the clause's subject, the questioner after
        // "by" or "at".
        Interrogation
            if trig.nominal
                && (t.start.saturating_sub(2).max(s.tok.start)..t.start)
                    .any(|k| matches!(ctx.w(k), "undergoing" | "underwent")) =>
        {
            let questioners: Vec<usize> = ctx
                .after_word(t.end, s, &["by", "at"], 6)
                .into_iter()
                .filter(|&m| ctx.ms[m].kind == EntityKind::Agency)
                .collect();
            let questioned: Vec<usize> =
                ctx.subject(s, t.start).into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
            st.add(&questioners, Interrogation, &questioned, conf_near);
        }
        // "has stepped up patrols, with support from the European Union": the
        // giver after "from" supports the clause's subject.
        // (A verb form too: "support from" is the noun.)
        Support
            if next(1) == Some("from")
                && matches!(
                    trig.phrase.as_str(),
                    "support" | "help" | "assistance" | "aid" | "backing" | "funding"
                ) =>
        {
            // (A country after "from" gives here, it is no place: "with support
            // from the United States".)
            let givers = ctx.right(t.end + 1, s, 8, true);
            let receiver = ctx.subject(s, t.start);
            st.add(&givers, Support, &receiver, conf_near);
        }
        // Goods and training support only when received: "the training of recruits" is none.
        Support
            if trig.nominal
                && matches!(
                    trig.phrase.as_str(),
                    "training" | "equipment" | "weapons" | "money" | "financing" | "funds" | "arms" | "finances"
                ) => {}
        // "arrested ... by officers of the Maldives Police Service acting on
        // information passed to them by Sri Lankan intelligence": the giver
        // supports whoever acted.
        Support if trig.nominal && is_tip(&trig.phrase) => {
            let giver = ctx.right(t.end, s, 4, false);
            let acted: Vec<usize> =
                if st.last_agents.is_empty() { ctx.subject(s, t.start) } else { st.last_agents.clone() };
            // ("an operation backed by intelligence from the DEA and the NCA": the
            // givers gave to no one of them.)
            let mut acted: Vec<usize> = acted
                .into_iter()
                .filter(|&m| {
                    ctx.ms[m].kind != EntityKind::Person && !giver.iter().any(|&g| ctx.ms[g].ent == ctx.ms[m].ent)
                })
                .collect();
            // "Danab commandos raided a compound. The raid was carried out on
            // intelligence provided by NISA": whoever acted in the sentence before.
            if acted.is_empty() {
                acted.extend(st.last_actor);
            }
            st.add(&giver, Support, &acted, conf_near);
        }
        Support if trig.phrase.starts_with("with the") => {
            // "with the help of X": X supports the clause subject.
            // ("with the help of intelligence from CENTCOM": its source.)
            let source = (t.end..s.tok.end.min(t.end + 3)).find(|&k| matches!(w(k), "from" | "by")).filter(|&k| {
                (t.end..k).all(|j| matches!(w(j), "intelligence" | "information" | "a" | "tip" | "tips" | "data"))
            });
            let mut helper = ctx.right(source.map_or(t.end, |k| k + 1), s, 4, false);
            // "with the help of a Negombo-based people smuggler, Anthony Fernando".
            if helper.is_empty()
                && matches!(next(1), Some("a" | "an"))
                && let Some(c) = (t.end + 1..s.tok.end.min(t.end + 9)).find(|&k| w(k) == ",")
                && (t.end + 1..c).all(|k| ctx.at[k].is_none() && !ctx.barrier(k))
                && let Some(m) = ctx.at.get(c + 1).copied().flatten()
                && ctx.ms[m].kind == EntityKind::Person
            {
                helper = vec![m];
            }
            // "Arango was arrested with the help of the army": the army helped
            // whoever arrested him, not him; "Hakeem left the island with the
            // help of a smuggler": the smuggler helped Hakeem.
            let passive_clause = (s.tok.start..t.start)
                .any(|j| is_be_aux(w(j)) && j + 1 < t.start && (w(j + 1).ends_with("ed") || w(j + 1) == "caught"));
            let mut helped: Vec<usize> = ctx
                .subject(s, t.start)
                .into_iter()
                .filter(|&m| !passive_clause || ctx.ms[m].kind != EntityKind::Person)
                .collect();
            // "The operation was carried out with the help of the DSS": the body
            // that made the arrest told just before.
            if helped.is_empty()
                && (s.tok.start..t.start).any(|j| is_operation_noun(w(j)))
                && let Some(c) = st.operation_body()
            {
                helped.push(c);
            }
            if source.is_some() {
                // (Intelligence passed one way is support, even between two agencies.)
                for &h in &helper {
                    st.one_way.extend(helped.iter().map(|&r| (h, r)));
                }
            }
            st.add(&helper, Support, &helped, conf_near);
        }
        // "a bloody war between Los Chapitos and La Mayiza": each fights the other.
        Attack if trig.nominal && trig.phrase.ends_with(" between") => {
            let sides = ctx.right(t.end, s, 3, false);
            if let [a, b] = sides[..] {
                st.add(&[a], Attack, &[b], conf_near);
            }
        }
        // "condemned the attack by al-Shabaab on AMISOM troops", "the bombing by
        // G of a bus": the doer follows "by", the target "on" or "of"; whoever
        // condemned it did nothing.
        Attack if trig.nominal && next(1) == Some("by") => {
            let agents = ctx.right(t.end + 1, s, 5, false);
            let after = agents.iter().map(|&m| ctx.ms[m].tok.end).max().unwrap_or(t.end + 1);
            let targets = match (after..s.tok.end.min(after + 3)).find(|&k| matches!(w(k), "on" | "against" | "of")) {
                Some(k) => ctx.right(k + 1, s, 6, true),
                None => Vec::new(),
            };
            st.add(&agents, Attack, &targets, conf_near);
        }
        Attack if trig.nominal => {
            // ("an attack on a railway line, saying they ...": the target stands
            // before the comma.)
            let reach = (t.end..s.tok.end.min(t.end + 6)).find(|&k| w(k) == ",").map_or(6, |c| c - t.end);
            // ("taken into custody in a raid in Talon-Talon by the CIDG": the
            // raid's doer is no target.)
            let mut targets = ctx.right(t.end, s, reach, false);
            targets.retain(|&m| {
                let b = ctx.ms[m].tok.start;
                !(t.end..b).any(|k| w(k) == "by")
            });
            // ("airstrikes on villages around the base and on AA positions": a
            // second "on", still before any comma.)
            let comma = (t.end..s.tok.end).find(|&k| w(k) == ",").unwrap_or(s.tok.end);
            let targets = if targets.is_empty() {
                let lo = t.end.saturating_sub(1);
                match (lo..comma.min(lo + 8)).find(|&k| matches!(w(k), "on" | "against" | "to" | "for")) {
                    Some(k) if k + 1 < comma => ctx.right(k + 1, s, (comma - k - 1).min(7), true),
                    _ => Vec::new(),
                }
            } else {
                targets
            };
            // "the killing of X by District Reserve Guard forces".
            let by = if next(1) == Some("of") { ctx.after_word(t.end, s, &["by"], 10) } else { Vec::new() };
            // "an attack on a police post that was claimed by the Islamic State":
            // whoever claimed or carried it out, not the sentence's subject.
            let by = if by.is_empty() {
                (t.end..s.tok.end.min(t.end + 16))
                    .find(|&k| {
                        k + 2 < s.tok.end
                            && (matches!(ctx.w(k), "claimed" | "blamed") && matches!(ctx.w(k + 1), "by" | "on")
                                || ctx.w(k) == "carried" && ctx.w(k + 1) == "out" && ctx.w(k + 2) == "by")
                    })
                    .map(|k| ctx.right(if ctx.w(k) == "carried" { k + 3 } else { k + 2 }, s, 4, false))
                    .unwrap_or_default()
            } else {
                by
            };
            let agents = if !by.is_empty() {
                by
            } else if !st.supported.is_empty() {
                st.supported.clone()
            } else {
                let l = ctx.left(t.start, s);
                if l.is_empty() { ctx.subject(s, t.start) } else { l }
            };
            st.add(&agents, Attack, &targets, conf_near);
        }
        _ if trig.nominal => {
            // "the capture of X by Y", "Y's arrest of X", "led to the capture of X".
            let of = if next(1) == Some("of") || trig.phrase.ends_with(" of") {
                ctx.right(if next(1) == Some("of") { t.end + 1 } else { t.end }, s, 4, false)
            } else if matches!(kind, Support) {
                ctx.after_word(t.end, s, &["to", "for"], 6)
            } else {
                Vec::new()
            };
            if of.is_empty() {
                // "After questioning by Pakistani intelligence, Taheri was handed over":
                // the one questioned is the subject after the comma.
                let by = if next(1) == Some("by") { ctx.right(t.end + 1, s, 5, false) } else { Vec::new() };
                if let Some(comma) = (t.end..s.tok.end.min(t.end + 10)).find(|&j| w(j) == ",")
                    && !by.is_empty()
                {
                    let subject = ctx.right(comma + 1, s, 3, false);
                    st.add(&by, kind, &subject, conf_near);
                } else if let Some(&b) = by.last()
                    && matches!(prev(1), Some("during" | "after" | "in"))
                {
                    // "During interrogation by SBU investigators Hnatiuk confessed":
                    // no comma, the subject right after the questioners.
                    let mut k = ctx.ms[b].tok.end;
                    while k < s.tok.end && k < ctx.ms[b].tok.end + 2 && is_staff_noun(w(k)) {
                        k += 1;
                    }
                    if let Some(p) = ctx.at.get(k).copied().flatten()
                        && ctx.ms[p].kind == EntityKind::Person
                        && ctx.ms[p].tok.start == k
                    {
                        st.add(&by, kind, &[p], conf_near);
                    }
                }
                // "Aydin had been under MIT surveillance": the agency named right before.
                if prev(2) == Some("under")
                    && let Some(agent) = ctx.at[t.start - 1]
                {
                    let subject = ctx.left(t.start - 2, s);
                    st.add(&[agent], kind, &subject, conf_near);
                }
                return;
            }
            let by = by_agent();
            let agents = if by.is_empty() { agents_left() } else { by };
            st.add(&agents, kind, &of, if st.found.is_empty() { conf_direct } else { conf_near });
            st.last_agents = agents;
        }
        _ if trig.phrase == "into custody" => {
            // "DGSI officers took Moreau into custody": the one taken stands
            // before "into", the takers before the verb.
            let Some(taken) = (t.start.saturating_sub(3).max(s.tok.start)..t.start).rev().find_map(|j| ctx.at[j])
            else {
                return;
            };
            let verb = ctx.ms[taken].tok.start;
            if verb == s.tok.start || !matches!(w(verb - 1), "took" | "take" | "takes" | "taking") {
                return;
            }
            let agents = ctx.left(verb - 1, s);
            st.add(&agents, Capture, &[taken], conf_near);
        }
        _ => {
            let (agents, patients, conf) = if passive {
                let by = by_agent();
                // (Whether the clause names its doer after "by".)
                let by_named = !by.is_empty();
                let by = if by.is_empty() && coordinated { st.last_agents.clone() } else { by };
                // "was killed in a US drone strike": the one who struck.
                let by = if by.is_empty() && kind == Attack { ctx.striker(t.end, s) } else { by };
                let named = !by.is_empty();
                // Kidnappers are not the state: "were abducted" names no agency.
                let kidnap = matches!(trig.phrase.split(' ').next(), Some(w) if w.starts_with("abduct") || w.starts_with("kidnap") || w.starts_with("hostage"))
                    || trig.phrase.contains("hostage")
                    || trig.phrase.contains("captive");
                // "was nabbed in a joint operation of the NIA and the SIB": the
                // bodies that ran it.
                let by = if by.is_empty() && matches!(kind, Capture | Attack) && !kidnap {
                    joint_operators(ctx, s, t.end)
                } else {
                    by
                };
                // "is being interrogated at State Security headquarters": the body
                // whose premises they are.
                let by = if by.is_empty() && kind == Interrogation {
                    (t.end..s.tok.end.min(t.end + 8))
                        .find(|&k| matches!(w(k), "at" | "in") && k + 1 < s.tok.end)
                        .and_then(|k| {
                            let k = if w(k + 1) == "the" { k + 2 } else { k + 1 };
                            let m = ctx.at.get(k).copied().flatten()?;
                            let e = ctx.ms[m].tok.end;
                            // ("at the Carabinieri barracks", "at the CIDG regional office".)
                            let site = |j: usize| {
                                j < s.tok.end
                                    && matches!(
                                        w(j),
                                        "headquarters"
                                            | "hq"
                                            | "offices"
                                            | "office"
                                            | "compound"
                                            | "base"
                                            | "barracks"
                                            | "station"
                                            | "facility"
                                            | "centre"
                                            | "center"
                                            | "prison"
                                            | "jail"
                                    )
                            };
                            // ("at the GKNB's pre-trial detention centre": past the
                            // possessive and a word or two.)
                            let e = ctx.possessive_end(e, s).unwrap_or(e);
                            let near_site = (e..s.tok.end.min(e + 3)).find(|&j| site(j)).is_some_and(|j| {
                                (e..j).all(|k| {
                                    ctx.at[k].is_none() && w(k).bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                                })
                            });
                            (ctx.ms[m].kind == EntityKind::Agency && near_site).then_some(m)
                        })
                        .into_iter()
                        .collect()
                } else {
                    by
                };
                // "a mechanic detained with Issa": by whoever took Issa.
                let by = if by.is_empty()
                    && kind == Capture
                    && t.end + 1 < s.tok.end
                    && ctx.w(t.end) == "with"
                    && let Some(x) = ctx.mention_at(t.end + 1)
                    && let Some(c) = st.captor_of(x.ent)
                {
                    vec![c]
                } else {
                    by
                };
                let by = if by.is_empty() && matches!(kind, Capture | Interrogation | Release) && !kidnap {
                    reporter()
                } else {
                    by
                };
                // "Abu Hamza was arrested at a workshop": in an article about one
                // agency's operation, that agency.
                let by = if by.is_empty() && matches!(kind, Capture | Interrogation) && !kidnap {
                    ctx.protagonist.into_iter().collect()
                } else {
                    by
                };
                // ("Stoyanov, who was detained at his residence": whoever made the
                // arrests told lately.)
                let by = if by.is_empty() && kind == Capture && !kidnap {
                    st.recent_captor.into_iter().collect()
                } else {
                    by
                };
                // "Danab commandos raided the compound ... Two others were
                // captured alive": the body that acted in the sentence before.
                let by =
                    if by.is_empty() && kind == Capture && !kidnap { st.last_actor.into_iter().collect() } else { by };
                // "AQIS is a branch of al-Qaeda, and was founded by Asim Umar": the
                // second verb phrase shares the sentence's subject.
                let and_aux = (t.start.saturating_sub(4).max(s.tok.start)..t.start)
                    .any(|j| matches!(w(j), "and" | "but") && j + 1 < t.start && is_be_aux(w(j + 1)));
                let patients = if and_aux { ctx.subject(s, t.start) } else { Vec::new() };
                let patients = if patients.is_empty() && coordinated && !st.last_passive_patients.is_empty() {
                    st.last_passive_patients.clone()
                } else if patients.is_empty() {
                    ctx.left(t.start, s)
                } else {
                    patients
                };
                // ("A woman detained in the raid, the wife of Akmal Y., was
                // released": not he, whose wife she is.)
                let patients: Vec<usize> = patients
                    .into_iter()
                    .filter(|&m| {
                        let b = ctx.ms[m].tok.start;
                        !(b >= s.tok.start + 2
                            && w(b - 1) == "of"
                            && matches!(
                                w(b - 2),
                                "wife"
                                    | "husband"
                                    | "son"
                                    | "daughter"
                                    | "brother"
                                    | "sister"
                                    | "mother"
                                    | "father"
                                    | "cousin"
                                    | "nephew"
                                    | "relative"
                                    | "widow"
                            ))
                    })
                    .collect();
                // "Quinn and Devlin were among three men detained by the PSNI".
                let patients = if patients.is_empty()
                    && (t.start.saturating_sub(5).max(s.tok.start)..t.start).any(|j| w(j) == "among")
                {
                    ctx.subject(s, t.start)
                } else {
                    patients
                };
                // "The five men detained by the KNB this week were named as A, B
                // and C": the people named after the main verb.
                let patients = match (t.end..s.tok.end.saturating_sub(1)).find(|&j| {
                    w(j) == "as" && matches!(w(j - 1), "named" | "identified") && matches!(w(j - 2), "were" | "are")
                }) {
                    Some(j) if patients.is_empty() && kind == Capture && !by.is_empty() => {
                        people_listed_from(ctx, s, j + 1)
                    }
                    _ => patients,
                };
                // "Both men were questioned by detectives": the two named last.
                let patients = match ctx.pair_in(s.tok.start, t.start) {
                    Some((m1, m2)) if patients.is_empty() => vec![m1, m2],
                    _ => patients,
                };
                // "All were questioned by KNB investigators", "The detainees were
                // taken to Sofia, where they were interrogated": the people the
                // article told were taken.
                // ("handed over to the CTU, where they are being questioned": the
                // one they were handed to.)
                let by = match st.found.iter().rev().find(|f| f.1 == Handover) {
                    Some(&(_, _, to, _))
                        if kind == Interrogation
                            && !by_named
                            && matches!(ctx.ms[to].kind, EntityKind::Agency)
                            && (s.tok.start..t.start).any(|j| w(j) == "where") =>
                    {
                        vec![to]
                    }
                    _ => by,
                };
                // (Those the clause names itself, not a plural reference back.)
                let named_patients = patients.clone();
                let patients = if patients.is_empty() && matches!(kind, Interrogation | Release) {
                    let lo = clause_start(ctx, s, t.start, &[",", "where", "and", ";", "said", "says", "that"]);
                    plural_captives(ctx, st, lo, t.start)
                } else {
                    patients
                };
                // "Three other people were arrested with him: his girlfriend,
                // Daniela Rojas, 31; a Brazilian man identified as Everton
                // Pacheco; and a police sergeant, Freddy Mamani": one person
                // per item of the list after the colon, taken by whoever made
                // the arrest just told.
                let (patients, by) = match (t.end..s.tok.end.min(t.end + 6)).find(|&j| ctx.w(j) == ":") {
                    Some(colon) if patients.is_empty() && matches!(kind, Capture | Interrogation | Release) => {
                        let mut listed = Vec::new();
                        let mut item = colon + 1;
                        while item < s.tok.end {
                            let end = (item..s.tok.end).find(|&j| ctx.w(j) == ";").unwrap_or(s.tok.end);
                            if let Some(m) = (item..end)
                                .filter_map(|j| ctx.at[j])
                                .find(|&m| ctx.ms[m].kind == EntityKind::Person && ctx.ms[m].actor)
                            {
                                listed.push(m);
                            }
                            item = end + 1;
                        }
                        let by = if by.is_empty() { st.recent_captor.into_iter().collect() } else { by };
                        (listed, by)
                    }
                    _ => (patients, by),
                };
                // "Demir was released after initial questioning", "was detained in
                // the raid but released two days later": freed by whoever held them.
                let by = if by.is_empty() && kind == Release && !kidnap {
                    // ("15 were held, while eight others were released": not the 15.)
                    let lo = clause_start(ctx, s, t.start, &["while", "whereas", ";", "that"]);
                    let mut held: Vec<usize> = named_patients
                        .iter()
                        .filter(|&&p| ctx.ms[p].tok.start >= lo)
                        // (A pronoun stands for one person; "eight others" for no one named.)
                        .filter(|&&p| {
                            !ctx.ms[p].anaphor || matches!(w(ctx.ms[p].tok.start), "he" | "she" | "him" | "her")
                        })
                        .filter_map(|&p| {
                            let ent = ctx.ms[p].ent;
                            let here = st.found.iter().rev().find(|f| f.1 == Capture && ctx.ms[f.2].ent == ent);
                            here.map(|f| f.0).or_else(|| st.captor_of(ent))
                        })
                        .collect();
                    held.sort_unstable();
                    held.dedup();
                    held
                } else {
                    by
                };
                // "caught by Darawiish forces backed by KDF troops": what is backed
                // stands right before "backed", not the people caught.
                let patients = if kind == Support
                    && t.start > s.tok.start
                    && ctx.at[t.start - 1].is_none()
                    && patients.iter().all(|&m| ctx.ms[m].kind == EntityKind::Person)
                    && (s.tok.start..t.start).rev().take(4).any(|j| w(j) == "by")
                {
                    Vec::new()
                } else {
                    patients
                };
                st.last_passive_patients = patients.clone();
                if !named && matches!(kind, Capture | Attack) && !patients.is_empty() {
                    st.agentless.push((kind, patients.clone()));
                }
                (by, patients, if named { conf_direct } else { 0.5 })
            } else {
                // ("moved money for the network ..., the SGB said": a phrase
                // ending in its preposition takes the one right after it.)
                let reach = match kind {
                    Support if trig.phrase.ends_with(" for") || trig.phrase.ends_with(" to") => 4,
                    Support => 12,
                    _ => 8,
                };
                // "offered support to MIT", "fed intelligence to the Taliban".
                // ("passed information on Marchuk's contacts to the ABW": the one
                // it went to, past what it was about.)
                let to_reach = if trig.phrase.ends_with(" on") { 10 } else { 3 };
                let to = if kind == Support { ctx.after_word(t.end, s, &["to", "for"], to_reach) } else { Vec::new() };
                let mut patients = if to.is_empty() { ctx.right(t.end, s, reach, false) } else { to };
                // "Europol supported the operation by deploying an analyst": the
                // body whose operation it was.
                let next_noun = if next(1) == Some("the") { next(2) } else { next(1) };
                if kind == Support
                    && next_noun.is_some_and(is_operation_noun)
                    && let Some(c) = st.operation_body()
                {
                    patients = vec![c];
                }
                // "swore allegiance to JAD's regional leader": to the group.
                if kind == Membership
                    && patients.is_empty()
                    && let Some(g) = (t.end..s.tok.end.min(t.end + 3)).find_map(|j| ctx.at[j]).filter(|&g| {
                        let gm = &ctx.ms[g];
                        gm.kind == EntityKind::Group
                            && ctx.possessive_end(gm.tok.end, s).is_some_and(|k| {
                                (k..s.tok.end.min(k + 3)).any(|j| is_member_noun(ctx.w(j)) && !ctx.w(j).ends_with('s'))
                            })
                    })
                {
                    patients.push(g);
                }
                // ("taken into custody in a pre-dawn raid in Talon-Talon by the
                // CIDG": the raid's doer is no target.)
                if kind == Attack {
                    // (But "stormed a base manned by Ethiopian troops" hit them.)
                    patients.retain(|&m| {
                        let b = ctx.ms[m].tok.start;
                        let by = if b >= 1 && w(b - 1) == "by" {
                            Some(b - 1)
                        } else {
                            (b >= 2 && w(b - 1) == "the" && w(b - 2) == "by").then(|| b - 2)
                        };
                        by.is_none_or(|k| {
                            k > s.tok.start
                                && matches!(
                                    w(k - 1),
                                    "manned"
                                        | "run"
                                        | "held"
                                        | "operated"
                                        | "controlled"
                                        | "guarded"
                                        | "occupied"
                                        | "used"
                                )
                        })
                    });
                }
                // "raided al-Dulaimi's shop", "raided a house and arrested Ali
                // Gedi": a raid on a place is an attack on no one in it.
                if kind == Attack && trig.phrase.starts_with("raid") {
                    patients.retain(|&m| ctx.ms[m].kind != EntityKind::Person);
                }
                // "killed seven militants, among them X", "captured 38 soldiers,
                // including the battalion commander, X": the people named in the
                // list that follows the count.
                if matches!(kind, Capture | Attack | Release)
                    && !patients.iter().any(|&m| ctx.ms[m].kind == EntityKind::Person)
                    && let Some(k) = (t.end..s.tok.end.min(t.end + 10)).find(|&j| {
                        w(j) == "including"
                            || w(j) == "among" && j + 1 < s.tok.end && matches!(w(j + 1), "them" | "whom" | "those")
                    })
                {
                    let from = if w(k) == "among" { k + 2 } else { k + 1 };
                    let named: Vec<usize> = ctx
                        .right(from, s, 8, false)
                        .into_iter()
                        .filter(|&m| ctx.ms[m].kind == EntityKind::Person)
                        .collect();
                    if !named.is_empty() {
                        patients = named;
                    }
                }
                // "detained three alleged lookouts for the cartel at the house: A,
                // 23, B, 19, and C": the people listed after the colon.
                if matches!(kind, Capture | Release | Interrogation)
                    && next(1).is_some_and(|n| {
                        matches!(n, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "several")
                    })
                    && let Some(colon) = (t.end..s.tok.end.min(t.end + 14)).find(|&j| w(j) == ":")
                    && ctx.at.get(colon + 1).copied().flatten().is_some_and(|m| ctx.ms[m].kind == EntityKind::Person)
                {
                    patients = ctx
                        .right(colon + 1, s, 1, false)
                        .into_iter()
                        .filter(|&m| ctx.ms[m].kind == EntityKind::Person)
                        .collect();
                }
                // "freed two teachers of the Batibo high school, Mrs. Nchang Bridget
                // and Mr. Fuh Walters": the people named after the counted noun.
                if matches!(kind, Capture | Release | Interrogation | Attack)
                    && !patients.iter().any(|&m| ctx.ms[m].kind == EntityKind::Person)
                    && next(1).is_some_and(|n| matches!(n, "two" | "three" | "four" | "five" | "six" | "both"))
                    // ("detained three local men - A, B and C - on suspicion of".)
                    && let Some(comma) =
                        (t.end + 2..s.tok.end.min(t.end + 14)).find(|&j| matches!(w(j), "," | "-" | "–" | "—"))
                    && (t.end + 1..comma)
                        .all(|j| !ctx.barrier(j) && ctx.at[j].is_none_or(|m| ctx.ms[m].kind != EntityKind::Person))
                {
                    let mut k = comma + 1;
                    while k + 1 < s.tok.end && ctx.at[k].is_none() && (is_person_title(w(k)) || w(k) == ".") {
                        k += 1;
                    }
                    if ctx.at.get(k).copied().flatten().is_some_and(|m| ctx.ms[m].kind == EntityKind::Person) {
                        patients = ctx
                            .right(k, s, 1, false)
                            .into_iter()
                            .filter(|&m| ctx.ms[m].kind == EntityKind::Person)
                            .collect();
                    }
                }
                // "had been monitoring both men": the two named last.
                if patients.is_empty()
                    && let Some((m1, m2)) = ctx.pair_in(t.end, s.tok.end.min(t.end + 4))
                {
                    patients = vec![m1, m2];
                }
                // "tracking Daudzai's phone", "monitored Warsame's calls": the person watched.
                // ("monitored A and B", "monitored the two men": all of them.)
                // ("intercepted more than 3,000 of Dualeh's calls": past a count.)
                if kind == Surveillance
                    && let Some(m) = (t.end..s.tok.end.min(t.end + 7)).filter_map(|j| ctx.at[j]).find(|&m| {
                        let mm = &ctx.ms[m];
                        mm.kind == EntityKind::Person
                            && (mm.tok.end + 2 < s.tok.end
                                && ctx.w(mm.tok.end) == "'"
                                && ctx.w(mm.tok.end + 1) == "s"
                                && is_traceable(ctx.w(mm.tok.end + 2))
                                || mm.anaphor && mm.tok.end < s.tok.end && is_traceable(ctx.w(mm.tok.end)))
                    })
                {
                    patients = ctx.coordinated(m, s, true);
                }
                // "arrested two TTP commanders", "detained six members of a cell of
                // Hizb ut-Tahrir": people, not the group.
                let patients: Vec<usize> = patients
                    .into_iter()
                    .filter(|&m| {
                        let start = ctx.ms[m].tok.start;
                        let members_of = (start.saturating_sub(5).max(s.tok.start)..start).any(|j| {
                            matches!(w(j), "members" | "militants" | "fighters" | "suspects" | "operatives")
                                && w(j + 1) == "of"
                        });
                        if members_of && matches!(kind, Capture | Interrogation | Release | Surveillance) {
                            return false;
                        }
                        // ("selling them to buyers in Romania": a place, not the one helped.)
                        if kind == Support
                            && matches!(ctx.ms[m].kind, EntityKind::Country | EntityKind::Place)
                            && start > s.tok.start
                            && matches!(w(start - 1), "in" | "at" | "from" | "across")
                        {
                            return false;
                        }
                        // ("freed 12 hostages held by ISSP": the captor of the
                        // unnamed, not one freed.)
                        let by = if start > s.tok.start && w(start - 1) == "the" { start - 1 } else { start };
                        if matches!(kind, Capture | Release | Interrogation)
                            && by >= s.tok.start + 2
                            && w(by - 1) == "by"
                            && matches!(w(by - 2), "held" | "kidnapped" | "abducted" | "seized" | "taken" | "captured")
                        {
                            return false;
                        }
                        let end = ctx.ms[m].tok.end;
                        // ("sending money to KIB fighters" supports KIB.)
                        // ("supplied fuel to ISWAP fighters" too.)
                        let st0 = ctx.ms[m].tok.start;
                        let to_group = kind == Support
                            && (trig.phrase.ends_with(" to")
                                || st0 > s.tok.start && ctx.w(st0 - 1) == "to"
                                || st0 > s.tok.start + 1 && ctx.w(st0 - 1) == "the" && ctx.w(st0 - 2) == "to");
                        !(matches!(kind, Capture | Interrogation | Release | Surveillance | Support)
                            && !to_group
                            && end < s.tok.end
                            && ctx.w(end).ends_with('s')
                            && is_member_noun(ctx.w(end).trim_end_matches('s')))
                    })
                    .collect();
                // "detained two armed men near the river, identified as A and B".
                let mut patients = patients;
                if patients.is_empty()
                    && matches!(kind, Capture | Release | Interrogation | Attack)
                    && let Some(j) = (t.end + 1..s.tok.end.min(t.end + 14))
                        .find(|&j| w(j) == "as" && matches!(w(j - 1), "identified" | "named"))
                {
                    patients = ctx.right(j + 1, s, 3, false);
                    patients.retain(|&m| ctx.ms[m].kind == EntityKind::Person);
                }
                // "captured 38 soldiers, including the battalion commander, Lt Col Than Htike Oo".
                if patients.is_empty()
                    && matches!(kind, Capture | Release | Interrogation | Attack)
                    && let Some(j) = (t.end + 1..s.tok.end.min(t.end + 25)).find(|&j| w(j) == "including")
                    && w(j - 1) == ","
                {
                    patients = ctx.right(j + 1, s, 8, false);
                    patients.retain(|&m| ctx.ms[m].kind == EntityKind::Person);
                }
                // "the two forces had tracked him for months": both, together.
                let pair = ctx.pairs.iter().find(|(r, _, _)| {
                    r.start >= s.tok.start
                        && r.end <= t.start
                        && (r.end..t.start)
                            .all(|k| is_be_aux(w(k)) || matches!(w(k), "had" | "have" | "has") || is_adverb(w(k)))
                });
                match pair {
                    Some(&(_, a, b)) if matches!(kind, Capture | Surveillance | Attack | Interrogation | Support) => {
                        st.add(&[a], Cooperation, &[b], conf_near);
                        (vec![a, b], patients, conf_near)
                    }
                    _ => (agents_left(), patients, conf_near),
                }
            };
            if kind == Support {
                st.supported.extend(patients.iter().copied());
            }
            // "ISWAP and Boko Haram have clashed": each fought the other.
            // ("The ISSP and JNIM have fought each other": the same.)
            let each_other =
                t.end + 1 < s.tok.end && matches!((w(t.end), w(t.end + 1)), ("each", "other") | ("one", "another"));
            if kind == Attack && patients.is_empty() && agents.len() == 2 && (trig.phrase == "clashed" || each_other) {
                st.add(&agents[..1], Attack, &agents[1..], conf_near);
            }
            // "the Kuwaiti agency and Iraq's INIS jointly monitored the network":
            // the agents worked together.
            let jointly = (t.start.saturating_sub(2).max(s.tok.start)..t.start)
                .chain(t.end..s.tok.end.min(t.end + 1))
                .any(|j| matches!(w(j), "jointly" | "together"));
            if jointly && !passive {
                for (i, &p) in agents.iter().enumerate() {
                    st.add(&[p], Cooperation, &agents[i + 1..], conf_near);
                }
            }
            // "Halabi moved to Ahrar al-Sham": a person changes sides; a group moving is not a member.
            let mut agents = agents;
            if matches!(trig.phrase.as_str(), "moved to" | "switched to") {
                agents.retain(|&m| ctx.ms[m].kind == EntityKind::Person);
            }
            // "the Libyan Islamic Fighting Group (LIFG), which he had joined as a
            // teenager": the body the relative clause is about.
            // ("Islamic State, which HTS has fought for years", "Ali Musa, whom
            // police arrested in May": the one the clause is about is the object.)
            let doer = |m: usize| {
                if kind == Membership { ctx.ms[m].kind == EntityKind::Person } else { ctx.ms[m].actor }
            };
            if matches!(kind, Membership | Attack | Capture | Surveillance | Interrogation | Support)
                && !passive
                && let Some(wh) = (t.start.saturating_sub(5).max(s.tok.start + 2)..t.start)
                    .find(|&j| w(j) == "which" || w(j) == "whom" && kind != Membership)
                && w(wh - 1) == ","
                && (wh + 1..t.start).any(|j| ctx.at[j].is_some_and(doer))
                && (wh + 1..t.start).all(|j| {
                    ctx.at[j].is_some() || matches!(w(j), "had" | "has" | "have" | "later" | "then" | "once" | "long")
                })
            {
                let mut b = wh - 1;
                if b >= s.tok.start + 3 && w(b - 1) == ")" && w(b - 3) == "(" {
                    b -= 3;
                }
                if let Some(g) = ctx.at[b - 1]
                    && (if kind == Membership {
                        matches!(ctx.ms[g].kind, EntityKind::Group | EntityKind::Agency)
                    } else {
                        ctx.ms[g].actor
                    })
                {
                    let doers: Vec<usize> = (wh + 1..t.start).filter_map(|j| ctx.at[j]).filter(|&m| doer(m)).collect();
                    st.add(&doers, kind, &[g], conf);
                    return;
                }
            }
            // "an alliance of separatist groups that also includes the Baloch
            // Liberation Front": what it includes is its member.
            if kind == Membership
                && matches!(trig.phrase.as_str(), "includes" | "include" | "included" | "comprises" | "brings together")
            {
                // ("a team ... which also includes officers of the IB": their
                // people on the team, not the body itself.)
                let first = (t.end..s.tok.end.min(t.end + 3)).find(|&j| !matches!(w(j), "also" | "the"));
                if !passive && !first.is_some_and(|j| is_staff_noun(w(j))) {
                    st.add(&patients, kind, &agents, conf);
                }
                return;
            }
            // ("detained by the counter-terrorism branch of the Istanbul Police":
            // a body's part is a body's, never a person's.)
            // ("in charge of the media arm of X": his, as its head.)
            let after_prep = || {
                let mut b = t.start;
                while b > s.tok.start && ctx.at[b - 1].is_none() && {
                    let p = w(b - 1);
                    p == "the"
                        || p.len() > 2 && p.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') && !is_linking_word(p)
                } {
                    b -= 1;
                }
                b > s.tok.start && matches!(w(b - 1), "by" | "to" | "from" | "with")
            };
            let agents: Vec<usize> = if kind == Membership
                && ["branch", "wing", "arm", "unit", "cell", "chapter", "affiliate", "offshoot", "faction", "component"]
                    .iter()
                    .any(|p| trig.phrase.starts_with(p))
                && after_prep()
            {
                agents.into_iter().filter(|&m| ctx.ms[m].kind != EntityKind::Person).collect()
            } else {
                agents
            };
            st.add(&agents, kind, &patients, conf);
            // "Malian troops fight the group alongside Russian paramilitaries of
            // the Africa Corps": the ally fought it too, with them.
            if kind == Attack
                && !passive
                && let Some(last) = patients.iter().map(|&m| ctx.ms[m].tok.end).max()
                && let Some(k) = (last..s.tok.end.min(last + 3)).find(|&j| w(j) == "alongside")
            {
                let allies: Vec<usize> = ctx
                    .right(k + 1, s, 6, false)
                    .into_iter()
                    .filter(|&m| ctx.ms[m].kind != EntityKind::Person)
                    .collect();
                st.add(&allies, Attack, &patients, conf);
                st.add(&agents, Cooperation, &allies, conf);
            }
            if kind == Attack
                && let Some(&a) = agents.iter().find(|&&m| ctx.ms[m].kind != EntityKind::Person)
            {
                st.attack_agent = Some(a);
            }
            if matches!(kind, Capture | Attack)
                && !passive
                && let Some(&a) = agents.iter().find(|&&m| ctx.ms[m].kind == EntityKind::Agency && !ctx.ms[m].anaphor)
            {
                st.deed_agent = Some(a);
            }
            if kind == Capture
                && let Some(&a) = agents
                    .iter()
                    .find(|&&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Group | EntityKind::Country))
            {
                st.captor = Some(a);
                st.captors = std::iter::once(a)
                    .chain(agents.iter().copied().filter(|&m| {
                        m != a && matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Group | EntityKind::Country)
                    }))
                    .collect();
                // ("detained a commander of ARSA", named only later.)
                if patients.iter().all(|&m| ctx.is_named_later(m)) && !passive {
                    st.unnamed_capture = Some(a);
                }
            }
            if kind == Release
                && let Some(&a) = agents
                    .iter()
                    .find(|&&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Group | EntityKind::Country))
            {
                st.releaser = Some(a);
            }
            if !agents.is_empty() {
                st.last_agents = agents;
            }
        }
    }
}

/// Information handed to those who acted: "information passed to them by X",
/// "intelligence provided by X", "a tip-off from X".
fn is_tip(phrase: &str) -> bool {
    let mut words = phrase.split(' ');
    let first = words.next().unwrap_or("");
    matches!(first, "information" | "intelligence" | "tip-off" | "tip" | "tips" | "intelligence-sharing")
        && matches!(phrase.rsplit(' ').next(), Some("by" | "from"))
}

/// Support that goes one way: "passed information to", "backed by", "fed
/// intelligence to", "tipped off", "intelligence provided by". (Taking the
/// help of another agency is cooperation.)
fn is_one_way(phrase: &str) -> bool {
    is_tip(phrase)
        || ["pass", "feed", "fed", "tip", "tipp", "handed intelligence", "suppl", "backed"]
            .iter()
            .any(|p| phrase.starts_with(p))
}

/// Everyone listed from `from` on, past their descriptions ("X, a courier, Y
/// and Z"), up to a clause of their own.
fn people_listed_from(ctx: &Ctx, s: &Sentence, from: usize) -> Vec<usize> {
    let end = (from..s.tok.end)
        .find(|&j| ctx.barrier(j) || matches!(ctx.w(j), "who" | "whom" | "whose" | "which" | "said" | "according"))
        .unwrap_or(s.tok.end);
    let mut people: Vec<usize> = Vec::new();
    for j in from..end {
        if let Some(m) = ctx.at[j]
            && ctx.ms[m].tok.start == j
            && ctx.ms[m].kind == EntityKind::Person
            && ctx.ms[m].actor
            && !people.iter().any(|&p| ctx.ms[p].ent == ctx.ms[m].ent)
        {
            people.push(m);
        }
    }
    people
}

/// The people a list names, one per item when its items are set off by
/// semicolons ("A, 42, a tutor; his nephew B, 23; and C"), else everyone
/// listed (see [`people_listed_from`]).
fn listed_items(ctx: &Ctx, s: &Sentence, from: usize) -> Vec<usize> {
    if !(from..s.tok.end).any(|j| ctx.w(j) == ";") {
        return people_listed_from(ctx, s, from);
    }
    let mut people: Vec<usize> = Vec::new();
    let mut item = from;
    while item < s.tok.end {
        let end = (item..s.tok.end).find(|&j| ctx.w(j) == ";").unwrap_or(s.tok.end);
        let clause = (item..end).find(|&j| matches!(ctx.w(j), "who" | "whom" | "whose" | "which")).unwrap_or(end);
        if let Some(m) =
            (item..clause).filter_map(|j| ctx.at[j]).find(|&m| ctx.ms[m].kind == EntityKind::Person && ctx.ms[m].actor)
            && !people.iter().any(|&p| ctx.ms[p].ent == ctx.ms[m].ent)
        {
            people.push(m);
        }
        item = end + 1;
    }
    people
}

/// "The Malian army said it had captured a senior commander. ... A statement
/// identified the man as Hamadou Bocoum", "it had arrested two alleged
/// facilitators. The suspects, identified as A and B, ...": the people named
/// are the ones taken in the arrest told just before without names.
fn apply_identified(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    // "The detained men are A, 42, a tutor; B, 23; and C", "The arrested have
    // been identified as A (42) ...; B (29) ...": the ones taken in the arrest
    // the article tells.
    {
        let st0 = s.tok.start;
        let mut k = st0 + 1;
        let mut participle = false;
        while k < s.tok.end
            && k < st0 + 5
            && matches!(
                ctx.w(k),
                "detained"
                    | "arrested"
                    | "captured"
                    | "held"
                    | "other"
                    | "remaining"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "men"
                    | "women"
                    | "suspects"
                    | "persons"
                    | "people"
                    | "detainees"
                    | "accused"
            )
        {
            participle |= matches!(ctx.w(k), "detained" | "arrested" | "captured" | "held" | "detainees");
            k += 1;
        }
        let w = |j: usize| if j < s.tok.end { ctx.w(j) } else { "" };
        let named_as = |j: usize| matches!(w(j), "identified" | "named") && w(j + 1) == "as";
        let list = if matches!(w(k), "are" | "were") && named_as(k + 1) {
            Some((k + 3, 1))
        } else if matches!(w(k), "are" | "were") {
            Some((k + 1, 2))
        } else if matches!(w(k), "have" | "had") && w(k + 1) == "been" && named_as(k + 2) {
            Some((k + 4, 1))
        } else {
            None
        };
        if ctx.w(st0) == "the"
            && participle
            && let Some((from, least)) = list
            && let Some(captor) = st.unnamed_captor.or(st.recent_captor).or(ctx.protagonist)
        {
            let people = listed_items(ctx, s, from);
            if people.len() >= least {
                st.add(&st.with_partners(captor), RelationKind::Capture, &people, 0.6);
            }
        }
    }
    // "... arrested three people. They are A, 34, a teacher; B, 27; and C",
    // "Detained at the scene were A, 31; B, 24; and C": the ones the arrest
    // just told took.
    {
        let st0 = s.tok.start;
        let w = |j: usize| if j < s.tok.end { ctx.w(j) } else { "" };
        let from = if w(st0) == "they" && matches!(w(st0 + 1), "are" | "were") {
            st.unnamed_captor.map(|_| st0 + 2)
        } else if matches!(w(st0), "detained" | "arrested" | "captured" | "held" | "apprehended") {
            (st0 + 1..s.tok.end.min(st0 + 8))
                .find(|&j| matches!(w(j), "were" | "are"))
                .filter(|&j| (st0 + 1..j).all(|i| ctx.at[i].is_none_or(|m| ctx.is_located(&ctx.ms[m], s))))
                .map(|j| j + 1)
        } else {
            None
        };
        if let Some(from) = from
            && let Some(captor) = st.unnamed_captor.or_else(|| st.operation_body())
            && !matches!(ctx.ms[captor].kind, EntityKind::Person)
        {
            let people = listed_items(ctx, s, from);
            if people.len() >= 2 {
                st.add(&st.with_partners(captor), RelationKind::Capture, &people, 0.6);
            }
        }
    }
    // "The others arrested include X and Y", "Those detained included X".
    {
        let st0 = s.tok.start;
        let mut k = st0;
        if matches!(ctx.w(k), "the" | "those") {
            k += 1;
        }
        if matches!(ctx.w(k), "others" | "other" | "men" | "suspects" | "people" | "those") {
            k += 1;
        }
        let k0 = k;
        while k < s.tok.end
            && matches!(ctx.w(k), "arrested" | "detained" | "held" | "captured" | "seized" | "picked" | "up")
        {
            k += 1;
        }
        // ("Those detained in Azerbaijan were A; B, 34; and C".)
        if k > k0
            && k + 2 < s.tok.end
            && ctx.w(k) == "in"
            && let Some(place) = ctx.mention_at(k + 1)
            && matches!(place.kind, EntityKind::Country | EntityKind::Place)
        {
            k = place.tok.end;
        }
        let verb = if k < s.tok.end { ctx.w(k) } else { "" };
        if k > k0
            && k > st0 + 1
            && k + 1 < s.tok.end
            && (matches!(verb, "include" | "included" | "including")
                || matches!(verb, "were" | "are") && matches!(ctx.w(st0), "those" | "the"))
            && let Some(captor) = st.unnamed_captor.or(st.recent_captor)
        {
            st.add(&st.with_partners(captor), RelationKind::Capture, &listed_items(ctx, s, k + 1), 0.6);
        }
    }
    // "A second man arrested with Nordqvist in Copenhagen, Oskar Lind, ...",
    // "A woman detained in the raid, Nadia Benali": taken by the captor of
    // the arrest just told.
    {
        let st0 = s.tok.start;
        let mut k = st0 + 1;
        if s.tok.len() > 6
            && matches!(ctx.w(st0), "a" | "an" | "another")
            && matches!(ctx.w(k), "second" | "third" | "fourth" | "fifth" | "sixth" | "other")
        {
            k += 1;
        }
        if matches!(ctx.w(st0), "a" | "an" | "another")
            && k + 2 < s.tok.end
            && matches!(ctx.w(k), "man" | "woman" | "suspect" | "person" | "youth" | "teenager")
            && matches!(ctx.w(k + 1), "arrested" | "detained" | "held" | "captured" | "seized" | "picked")
            && let Some(c) = (k + 2..s.tok.end.min(k + 12)).find(|&j| ctx.w(j) == ",")
            && (k + 2..c).all(|j| !ctx.barrier(j) && !matches!(ctx.w(j), "who" | "which" | "and"))
            && let Some(p) = ctx.mention_at(c + 1)
            && p.kind == EntityKind::Person
            && p.actor
            // (Arrested "with X": whoever arrested X, however long ago.)
            && let Some(captor) = (ctx.w(k + 2) == "with")
                .then(|| ctx.mention_at(k + 3))
                .flatten()
                .and_then(|x| st.captor_of(x.ent))
                .or(st.recent_captor)
                .or(st.unnamed_captor)
        {
            let p = ctx.at[c + 1].unwrap_or_default();
            st.add(&st.with_partners(captor), RelationKind::Capture, &[p], 0.6);
        }
    }
    // "Among the escapees is X", "Among those who escaped from the prison is
    // X": escaped from what was just escaped from, or raided.
    if let Some(k) = among_head(ctx, s)
        && let Some(source) = st.recent_escape_source
    {
        let verb = (k..s.tok.end.min(k + 8)).find(|&j| matches!(ctx.w(j), "is" | "are" | "was" | "were"));
        let escaped = matches!(ctx.w(k), "escapees" | "fugitives" | "escaped")
            || ctx.w(k) == "who" && matches!(ctx.w(k + 1), "escaped" | "fled" | "broke");
        if escaped && let Some(v) = verb {
            let people = people_listed_from(ctx, s, v + 1);
            st.add(&people, RelationKind::Escape, &[source], 0.6);
        }
    }
    // "The escapees were identified as A, 27; B, 24; and C", "The three
    // fugitives were named as ...": escaped from the same.
    if let Some(source) = st.recent_escape_source
        && s.tok.len() > 6
        && ctx.w(s.tok.start) == "the"
    {
        let mut k = s.tok.start + 1;
        while k < s.tok.start + 3 && (count_word(ctx.w(k)).is_some() || ctx.w(k) == "other") {
            k += 1;
        }
        if matches!(ctx.w(k), "escapees" | "fugitives" | "escaped")
            && let Some(v) = (k + 1..s.tok.end.min(k + 5)).find(|&j| matches!(ctx.w(j), "identified" | "named"))
            && ctx.w(v + 1) == "as"
            && (k + 1..v)
                .all(|j| matches!(ctx.w(j), "were" | "have" | "had" | "been" | "are" | "inmates" | "prisoners"))
        {
            st.add(&listed_items(ctx, s, v + 2), RelationKind::Escape, &[source], 0.6);
        }
    }
    // "Among the dead was X", "Among those killed were X and Y": the victims
    // of the attack just told.
    if let Some(k) = among_head(ctx, s)
        && let Some(attacker) = st.recent_attacker
        && matches!(ctx.w(k), "dead" | "killed" | "slain" | "victims")
        && matches!(ctx.w(k + 1), "was" | "were")
    {
        st.add(&[attacker], RelationKind::Attack, &people_listed_from(ctx, s, k + 2), 0.6);
    }
    // "The two other detainees were identified as A and B": whoever took the
    // first, named or not.
    let st0 = s.tok.start;
    let other = s.tok.len() > 6
        && ctx.w(st0) == "the"
        && (ctx.w(st0 + 1) == "other" || ctx.w(st0 + 2) == "other" && count_word(ctx.w(st0 + 1)).is_some());
    let Some(captor) = st.unnamed_captor.or(st.recent_captor.filter(|_| other)) else { return };
    // "The three – A, 32, B, 27, and C – were picked up", "The suspects, A
    // and B, were ...": the sentence opens on the number it names.
    if s.tok.len() > 6 && ctx.w(st0) == "the" {
        let lead = if other && ctx.w(st0 + 1) != "other" { st0 + 2 } else { st0 + 1 };
        let lead = if ctx.w(lead) == "other" { lead + 1 } else { lead };
        let counted = matches!(
            ctx.w(lead),
            "two" | "three" | "four" | "five" | "six" | "suspects" | "men" | "detainees" | "women" | "individuals"
        ) || other;
        let k = if matches!(ctx.w(lead), "men" | "suspects" | "women" | "detainees") && other {
            lead + 1
        } else if matches!(ctx.w(lead + 1), "men" | "suspects" | "women" | "detainees" | "individuals") {
            lead + 2
        } else {
            lead + 1
        };
        // ("The individuals arrested are: 1. A, 27; 2. B, 24": past the participle.)
        let k = if matches!(ctx.w(k), "arrested" | "detained" | "held") { k + 1 } else { k };
        if counted
            && matches!(ctx.w(k), "are" | "were")
            && k + 1 < s.tok.end
            && ctx.w(k + 1) == ":"
            && (k + 2..s.tok.end).any(|j| ctx.w(j) == ";")
        {
            st.add(&st.with_partners(captor), RelationKind::Capture, &listed_items(ctx, s, k + 2), 0.6);
            return;
        }
        // "The detainees are A, B and C" (two at least), "The suspects were
        // named as A and B", or the list set off by a dash, comma or colon.
        let (list, least) = if matches!(ctx.w(k), "are" | "were" | "include") {
            let named_as = matches!(ctx.w(k + 1), "named" | "identified") && ctx.w(k + 2) == "as";
            (k + if named_as { 3 } else { 1 }, 2)
        } else {
            (k + 1, if matches!(ctx.w(k), "-" | "," | ":") { 1 } else { usize::MAX })
        };
        if counted && ctx.at[list].is_some_and(|m| ctx.ms[m].kind == EntityKind::Person) {
            let people: Vec<usize> =
                ctx.right(list, s, 1, false).into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
            if people.len() >= least {
                st.add(&st.with_partners(captor), RelationKind::Capture, &people, 0.6);
            }
        }
    }
    // "Among those captured was X", "Among them were X and Y".
    if let Some(mut k) = among_head(ctx, s) {
        while k < st0 + 5
            && matches!(
                ctx.w(k),
                "captured"
                    | "arrested"
                    | "detained"
                    | "held"
                    | "seized"
                    | "nabbed"
                    | "taken"
                    | "into"
                    | "custody"
                    | "suspects"
                    | "detainees"
                    | "prisoners"
            )
        {
            k += 1;
        }
        if k + 1 < s.tok.end && matches!(ctx.w(k), "was" | "were" | "is" | "are") {
            st.add(&st.with_partners(captor), RelationKind::Capture, &people_listed_from(ctx, s, k + 1), 0.6);
        }
    }
    for j in s.tok.start + 1..s.tok.end {
        if !matches!(ctx.w(j), "identified" | "named") {
            continue;
        }
        // "identified the man as X", "identified him as X", "The suspects, identified as X".
        let Some(k) = (j + 1..s.tok.end.min(j + 5)).find(|&k| ctx.w(k) == "as") else { continue };
        let between_ok = (j + 1..k).all(|b| {
            matches!(
                ctx.w(b),
                "the"
                    | "man"
                    | "men"
                    | "him"
                    | "them"
                    | "suspect"
                    | "suspects"
                    | "woman"
                    | "commander"
                    | "detainee"
                    | "detainees"
                    | "two"
                    | "three"
                    | "four"
            ) || ctx.at[b].is_some_and(|m| ctx.ms[m].anaphor)
        });
        if !between_ok {
            continue;
        }
        let people: Vec<usize> =
            ctx.right(k + 1, s, 3, false).into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
        st.add(&st.with_partners(captor), RelationKind::Capture, &people, 0.6);
    }
}

/// "The ministry thanked Pakistan's ISI for its cooperation", "a statement
/// that thanked the FELCN for its help": the one thanked worked with the one
/// thanking.
fn apply_thanks(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    // "detained by the KNB at the GKNB's request", "arrested at the request
    // of Interpol": the body that acted worked with the one that asked.
    let body = |m: usize| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country);
    for j in s.tok.start + 2..s.tok.end {
        if ctx.w(j) != "request" {
            continue;
        }
        let asker = if j + 2 < s.tok.end && ctx.w(j + 1) == "of" && ctx.w(j.saturating_sub(2)) == "at" {
            // (Past a possessive: "of Kyrgyzstan's GKNB".)
            let k = if ctx.w(j + 2) == "the" { j + 3 } else { j + 2 };
            let k =
                ctx.at.get(k).copied().flatten().and_then(|m| ctx.possessive_end(ctx.ms[m].tok.end, s)).unwrap_or(k);
            ctx.at.get(k).copied().flatten().filter(|&m| body(m))
        } else {
            // ("at the GKNB's request": the possessor before "'s".)
            (s.tok.start..j).rev().take(4).find_map(|k| ctx.at[k]).filter(|&m| {
                let start = ctx.ms[m].tok.start;
                body(m)
                    && ctx.possessive_end(ctx.ms[m].tok.end, s) == Some(j)
                    && (start.saturating_sub(3)..start).any(|k| ctx.w(k) == "at")
            })
        };
        let Some(asker) = asker else { continue };
        if let Some(actor) = st.captor.or(st.deed_agent)
            && actor != asker
            && body(actor)
        {
            st.add(&[actor], RelationKind::Cooperation, &[asker], 0.6);
        }
    }
    for j in s.tok.start + 1..s.tok.end.saturating_sub(3) {
        // ("extends its appreciation to the Sri Lanka Police for the close cooperation".)
        if !matches!(
            ctx.w(j),
            "thanked"
                | "thanks"
                | "thank"
                | "thanking"
                | "praised"
                | "commended"
                | "lauded"
                | "appreciation"
                | "gratitude"
        ) {
            continue;
        }
        let body = |m: usize| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country);
        let Some(&thanked) = ctx.right(j + 1, s, 4, false).first().filter(|&&m| body(m)) else { continue };
        let after = ctx.ms[thanked].tok.end;
        let Some(f) = (after..s.tok.end.min(after + 3)).find(|&k| ctx.w(k) == "for") else { continue };
        let helped = (f + 1..s.tok.end.min(f + 5)).any(|k| {
            matches!(
                ctx.w(k),
                "cooperation" | "co-operation" | "collaboration" | "help" | "assistance" | "support" | "coordination"
            )
        });
        if !helped {
            continue;
        }
        let thanking: Vec<usize> = ctx.left(j, s).into_iter().filter(|&m| body(m)).collect();
        st.add(&thanking, RelationKind::Cooperation, &[thanked], 0.7);
    }
}

/// After a passive deed at `from`: "in a joint operation of/by/involving A
/// and B" (within a few words): A and B, when two bodies are named.
fn joint_operators(ctx: &Ctx, s: &Sentence, from: usize) -> Vec<usize> {
    let end = s.tok.end.min(from + 8);
    let Some(j) = (from..end).find(|&j| matches!(ctx.w(j), "joint" | "combined")) else {
        return Vec::new();
    };
    let Some(k) = (j + 1..s.tok.end.min(j + 5)).find(|&k| matches!(ctx.w(k), "of" | "by" | "involving" | "between"))
    else {
        return Vec::new();
    };
    if !(j + 1..k).any(|q| matches!(ctx.w(q), "operation" | "operations" | "raid" | "raids" | "team" | "mission")) {
        return Vec::new();
    }
    let bodies: Vec<usize> = ctx
        .right(k + 1, s, 7, true)
        .into_iter()
        .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country))
        .collect();
    if bodies.len() >= 2 { bodies } else { Vec::new() }
}

/// "Colombian national X", "Chilean nationals X".
fn is_nationality_noun(w: &str) -> bool {
    matches!(w, "national" | "nationals" | "citizen" | "citizens")
}

/// A finite verb: after a name, it makes the name a clause's subject ("B
/// arrested", "B was", "B said"), not one more item of a list; before a
/// name, it makes the name the object of a clause of its own ("killed A").
fn starts_clause(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would" | "said" | "says" | "told")
        || w.len() > 4
            && w.ends_with("ed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(
                w,
                "based"
                    | "linked"
                    | "backed"
                    | "armed"
                    | "named"
                    | "accused"
                    | "suspected"
                    | "wanted"
                    | "affiliated"
                    | "allied"
                    | "aligned"
                    | "related"
                    | "associated"
                    | "connected"
                    | "detained"
                    | "jailed"
                    | "imprisoned"
                    | "stationed"
                    | "deployed"
                    | "led"
                    | "wounded"
                    | "injured"
            )
}

/// An age or a small count: "34".
fn is_number(w: &str) -> bool {
    !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
}

/// A verb's -ing form ("tracking", "handing over"), not a noun that ends
/// like one ("wing of").
fn is_gerund(w: &str) -> bool {
    w.ends_with("ing") && !matches!(w, "wing" | "king" | "ring" | "string" | "thing" | "spring")
}

/// "Ansaroul Islam claimed the abduction", "the group claimed the attack": the
/// claimer did the deed an earlier sentence told without a doer.
fn apply_claims(
    ctx: &Ctx,
    s: &Sentence,
    si: usize,
    agentless: &[(usize, RelationKind, Vec<usize>)],
    st: &mut SentenceState,
) {
    for j in s.tok.clone() {
        if !matches!(ctx.w(j), "claimed" | "claims" | "claim" | "claiming") {
            continue;
        }
        let neg_lo = j.saturating_sub(4).max(s.tok.start);
        if (neg_lo..j).any(|k| is_negation(ctx.w(k))) || st.first_hedge < j {
            continue;
        }
        let kind = (j + 1..s.tok.end.min(j + 6)).find_map(|k| match ctx.w(k) {
            "abduction" | "abductions" | "kidnapping" | "kidnappings" | "kidnap" => Some(RelationKind::Capture),
            "killing" | "killings" | "murder" | "assassination" | "shooting" | "bombing" | "ambush" => {
                Some(RelationKind::Attack)
            }
            _ => None,
        });
        let Some(kind) = kind else { continue };
        let mut claimers = ctx.left(j, s);
        if claimers.is_empty() {
            claimers = ctx.subject(s, j);
        }
        claimers.retain(|&m| matches!(ctx.ms[m].kind, EntityKind::Group | EntityKind::Person));
        // The deed told last, within the previous few sentences.
        if let Some((_, _, patients)) =
            agentless.iter().rev().find(|(at, k, _)| *k == kind && si >= *at && si - at <= 6)
        {
            st.add(&claimers, kind, patients, 0.75);
        }
    }
}

/// What one tracks of a person: "Daudzai's phone", "his movements" (not
/// "Lone's courier", who is someone else).
fn is_traceable(w: &str) -> bool {
    matches!(
        w,
        "phone"
            | "phones"
            | "calls"
            | "movements"
            | "activity"
            | "activities"
            | "communications"
            | "messages"
            | "whereabouts"
            | "location"
            | "accounts"
            | "account"
            | "transactions"
            | "emails"
            | "online"
            | "internet"
            | "social"
            | "trips"
            | "travel"
            | "travels"
            | "finances"
            | "contacts"
            | "mobile"
            | "car"
            | "vehicle"
            | "recruitment"
            | "communication"
            | "signal"
            | "handset"
    )
}

/// "the two agencies", "the two men", "both countries": the two entities of
/// that kind named last (within four sentences), as mention indices.
fn two_references(a: &DocAnalysis, ms: &[Mention]) -> Vec<(Range<usize>, usize, usize)> {
    let mut out = Vec::new();
    for i in 0..a.tokens().len().saturating_sub(2) {
        let (w0, w1) = (a.lower_word(i), a.lower_word(i + 1));
        let (len, noun) = if w0 == "the" && w1 == "two" {
            (3, a.lower_word(i + 2))
        } else if w0 == "both" {
            (2, w1)
        } else {
            continue;
        };
        let kind = match noun {
            "agencies" | "services" | "forces" | "armies" | "militaries" | "police" => EntityKind::Agency,
            "men" | "brothers" | "suspects" | "women" => EntityKind::Person,
            "groups" | "organisations" | "organizations" | "militias" | "movements" => EntityKind::Group,
            "countries" | "neighbours" | "neighbors" | "governments" | "nations" | "states" => EntityKind::Country,
            _ => continue,
        };
        let here = a.sentences.partition_point(|s| s.tok.end <= i);
        let lo = i.saturating_sub(120).min(a.sentences[here.saturating_sub(4).min(a.sentences.len() - 1)].tok.start);
        let mut found: Vec<(usize, EntRef)> = Vec::new();
        for (k, m) in ms.iter().enumerate().rev() {
            if m.tok.start >= i || m.tok.start < lo || m.kind != kind || !m.actor {
                continue;
            }
            if !found.iter().any(|f| f.1 == m.ent) {
                found.push((k, m.ent));
            }
            if found.len() == 2 {
                break;
            }
        }
        if let [(k1, _), (k2, _)] = found.as_slice() {
            out.push((i..i + len, *k2, *k1));
        }
    }
    out
}

/// People listed together: person mentions joined only by commas, "and",
/// ages and dashes ("A, 32, B and C"), as (first token, last token end,
/// distinct entities in order).
fn person_lists(a: &DocAnalysis, ms: &[Mention]) -> Vec<(usize, usize, Vec<EntRef>)> {
    let mut out = Vec::new();
    // (Home towns between the names are no break: "A, 31, from Garissa, B".)
    let people: Vec<&Mention> =
        ms.iter().filter(|m| !m.anaphor && !matches!(m.kind, EntityKind::Place | EntityKind::Country)).collect();
    let mut k = 0;
    while k < people.len() {
        if people[k].kind != EntityKind::Person || !people[k].actor {
            k += 1;
            continue;
        }
        let mut members = vec![people[k].ent];
        let (start, mut end, mut joined) = (people[k].tok.start, people[k].tok.end, false);
        let mut j = k + 1;
        while j < people.len() && people[j].kind == EntityKind::Person && people[j].actor {
            let gap = end..people[j].tok.start;
            // (", 31, from Garissa, and": an age and a home town between.)
            let home_town = |t: usize| {
                t > gap.start && matches!(a.lower_word(t - 1), "from" | "of") && a.is_capitalised(t)
                    || matches!(a.lower_word(t), "from" | "of") && t + 1 < gap.end && a.is_capitalised(t + 1)
            };
            let linking = gap.len() <= 8
                && gap.clone().all(|t| {
                    let w = a.lower_word(t);
                    matches!(w, "," | "and" | "&" | "(" | ")" | "-" | "aged") || is_number(w) || home_town(t)
                        // "A and his brother B".
                        || t >= gap.start + 2 && is_own_relative(a.lower_word(t - 1), w)
                        || t + 1 < gap.end && is_own_relative(w, a.lower_word(t + 1))
                })
                && (gap.len() <= 6 || gap.clone().any(home_town))
                || semicolon_item(a, gap.clone());
            if !linking {
                break;
            }
            joined |= gap.clone().any(|t| matches!(a.lower_word(t), "and" | "&"));
            if !members.contains(&people[j].ent) {
                members.push(people[j].ent);
            }
            end = people[j].tok.end;
            j += 1;
        }
        if joined && members.len() >= 2 {
            out.push((start, end, members));
        }
        k = j;
    }
    out
}

/// In a sentence opening "Among (the|those|them) ...", the token after those
/// words.
fn among_head(ctx: &Ctx, s: &Sentence) -> Option<usize> {
    if ctx.w(s.tok.start) != "among" || s.tok.len() <= 4 {
        return None;
    }
    let k = s.tok.start + 1;
    Some(if matches!(ctx.w(k), "the" | "those" | "them") { k + 1 } else { k })
}

/// A noun naming an operation some body carried out: "The raid was carried
/// out with the help of ...".
fn is_operation_noun(w: &str) -> bool {
    matches!(
        w,
        "operation"
            | "operations"
            | "raid"
            | "raids"
            | "searches"
            | "arrest"
            | "arrests"
            | "capture"
            | "interception"
            | "seizure"
            | "investigation"
    )
}

/// The rest of one item of a list set off by semicolons and the start of the
/// next, between two people: "Jamshed Saidov[, 29, the leader's younger
/// brother; ]Umed Nazarzoda", "[, 31; and his cousin ]Bahrom Kholov". The
/// description holds no clause of its own.
fn semicolon_item(a: &DocAnalysis, gap: std::ops::Range<usize>) -> bool {
    let Some(semi) = gap.clone().find(|&t| a.word(t) == ";") else {
        return false;
    };
    let description = gap.start..semi;
    let lead = semi + 1..gap.end;
    description.len() <= 10
        && lead.len() <= 3
        && a.word(gap.start) == ","
        && !description.clone().any(|t| {
            matches!(
                a.lower_word(t),
                ";" | "." | "who" | "whom" | "which" | "was" | "were" | "is" | "are" | "has" | "had" | "said" | "says"
            )
        })
        && lead.clone().all(|t| !a.is_capitalised(t) && !matches!(a.word(t), ";" | "," | "."))
}

/// Plural references to people listed before: "both men", "the three",
/// "the two suspects", "the duo", "the cousins". Each becomes a mention of
/// the first person listed, and the others are returned with its first
/// token. The list must be in this sentence or one of the eight before, and
/// hold as many people as a number says.
fn add_plural_references(a: &DocAnalysis, ms: &mut Vec<Mention>) -> Vec<(usize, Vec<EntRef>)> {
    let lists = person_lists(a, ms);
    if lists.is_empty() {
        return Vec::new();
    }
    // ("two" to "ten", in words or figures.)
    let number = |w: &str| {
        let figure = || (w.len() <= 2 && !w.starts_with('0')).then(|| w.parse::<usize>().ok()).flatten();
        count_word(w).or_else(figure).filter(|n| (2..=10).contains(n))
    };
    let noun = |w: &str| {
        matches!(
            w,
            "men"
                | "suspects"
                | "women"
                | "brothers"
                | "cousins"
                | "accused"
                | "detainees"
                | "prisoners"
                | "captives"
                | "fugitives"
                | "people"
                | "individuals"
                | "persons"
                | "arrested"
                | "others"
                | "inmates"
                | "escapees"
                | "convicts"
                | "defendants"
                | "hostages"
        )
    };
    let verb = |w: &str| {
        matches!(w, "were" | "had" | "have" | "are" | "will" | "would" | "also" | "then" | "allegedly" | "later")
    };
    let covered = coverage(a.tokens().len(), ms.iter().map(|m| m.tok.clone()));
    let sentence_of = |t: usize| a.sentences.partition_point(|s| s.tok.end <= t);
    let n = a.tokens().len();
    let mut out: Vec<(usize, Vec<EntRef>)> = Vec::new();
    let mut added = Vec::new();
    // Which list a reference may stand for: any of the last few sentences',
    // or only one in this sentence ("they" after the list it names), or only
    // one in the sentence before ("They were tracked ...").
    enum Scope {
        Near,
        ThisSentence,
        SentenceBefore,
    }
    for i in 0..n.saturating_sub(2) {
        let (w0, w1, w2) = (a.lower_word(i), a.lower_word(i + 1), a.lower_word(i + 2));
        let (tok, count, scope) = match (w0, number(w1)) {
            ("the" | "all", Some(c)) if noun(w2) => (i..i + 3, Some(c), Scope::Near),
            ("the" | "all", Some(c)) if verb(w2) || w2 == "-" => (i..i + 2, Some(c), Scope::Near),
            ("both", _) if noun(w1) || w1 == "prisoners" => (i..i + 2, Some(2), Scope::Near),
            // "arrested the five in December", "handed the three to police".
            ("the" | "all", Some(c))
                if count_word(w1).is_some()
                    && matches!(
                        w2,
                        "in" | "on" | "at" | "to" | "from" | "near" | "after" | "before" | "," | "." | "over"
                    )
                    && i > 0
                    && !matches!(a.lower_word(i - 1), "of" | "to" | "on" | "in" | "at" | "for" | "by") =>
            {
                (i..i + 2, Some(c), Scope::Near)
            }
            // "Both were questioned": opening a sentence, the two just named.
            ("both", _) if verb(w1) && a.sentences.get(sentence_of(i)).is_some_and(|s| s.tok.start == i) => {
                (i..i + 1, Some(2), Scope::Near)
            }
            // "The three recaptured men".
            ("the" | "all", Some(c))
                if matches!(w2, "captured" | "detained" | "recaptured" | "kidnapped" | "freed")
                    && i + 3 < n
                    && noun(a.lower_word(i + 3)) =>
            {
                (i..i + 4, Some(c), Scope::Near)
            }
            // "The captured men were handed over", "the arrested suspects".
            ("the", _)
                if matches!(w1, "captured" | "arrested" | "detained" | "recaptured" | "kidnapped" | "freed")
                    && noun(w2) =>
            {
                (i..i + 3, None, Scope::Near)
            }
            ("the", _) if matches!(w1, "duo" | "pair") => (i..i + 2, Some(2), Scope::Near),
            ("the", _) if w1 == "trio" => (i..i + 2, Some(3), Scope::Near),
            ("the", _)
                if matches!(
                    w1,
                    "suspects"
                        | "cousins"
                        | "brothers"
                        | "detainees"
                        | "fugitives"
                        | "men"
                        | "defendants"
                        | "accused"
                        | "captives"
                        | "hostages"
                        | "inmates"
                        | "escapees"
                        | "convicts"
                ) =>
            {
                (i..i + 2, None, Scope::Near)
            }
            // "Special Branch arrested A and B last month. They were tracked for
            // three months": "They" opening a passive clause, the people listed
            // in the sentence before.
            ("they", _)
                if a.sentences.get(sentence_of(i)).is_some_and(|s| s.tok.start == i)
                    && matches!(w1, "were" | "had" | "have")
                    && (w2 == "been" || w2.ends_with("ed")) =>
            {
                (i..i + 1, None, Scope::SentenceBefore)
            }
            // "A and B were captured and flown to Mogadishu, where they were
            // interrogated": "they" in the sentence that lists them.
            ("they" | "them", _) => (i..i + 1, None, Scope::ThisSentence),
            _ => continue,
        };
        if tok.clone().any(|t| covered[t]) || i > 0 && a.is_capitalised(i + 1) && !a.is_capitalised(i) {
            continue;
        }
        let here = sentence_of(i);
        // ("The captured men were handed over to the INIS, which is
        // questioning them": the reference before in the sentence.)
        if matches!(scope, Scope::ThisSentence)
            && let Some((start, members)) = out.iter().rev().find(|(start, _)| sentence_of(*start) == here)
            && !lists.iter().any(|l| sentence_of(l.0) == here)
            && {
                let (lo, hi) = (ms.partition_point(|m| m.tok.start < *start), ms.partition_point(|m| m.tok.start < i));
                !ms[lo..hi].iter().any(|m| m.kind == EntityKind::Person)
            }
        {
            let members: Vec<EntRef> = members.clone();
            added.push(Mention {
                tok: tok.clone(),
                ent: members[0],
                kind: EntityKind::Person,
                actor: true,
                anaphor: true,
            });
            out.push((tok.start, members));
            continue;
        }
        let Some((_, _, members)) = lists
            .iter()
            .rev()
            .filter(|l| l.1 <= i && sentence_of(l.0) + 8 >= here)
            .find(|l| count.is_none_or(|c| l.2.len() == c))
            .filter(|l| {
                // (A pronoun: the list in its sentence, with nothing else plural,
                // no body, named between the list and "they".)
                let sentence = match scope {
                    Scope::Near => return true,
                    Scope::ThisSentence => here,
                    Scope::SentenceBefore => here.wrapping_sub(1),
                };
                sentence_of(l.0) == sentence && {
                    let (lo, hi) = (ms.partition_point(|m| m.tok.start < l.1), ms.partition_point(|m| m.tok.start < i));
                    !ms[lo..hi].iter().any(|m| !matches!(m.kind, EntityKind::Place | EntityKind::Person))
                }
            })
        else {
            continue;
        };
        added.push(Mention { tok: tok.clone(), ent: members[0], kind: EntityKind::Person, actor: true, anaphor: true });
        out.push((tok.start, members.clone()));
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.tok.start);
    }
    out
}

/// The captives a plural reference in `lo..hi` stands for ("all", "both",
/// "the detainees", "the four men", "they", "all six suspects"): the people
/// taken earlier in the article, the last so many when a number is given.
/// None when a name or body stands in the span.
fn plural_captives(ctx: &Ctx, st: &SentenceState, lo: usize, hi: usize) -> Vec<usize> {
    if st.earlier_captures.is_empty() || (lo..hi).any(|j| ctx.at[j].is_some()) {
        return Vec::new();
    }
    let mut count = None;
    let mut plural = false;
    for j in lo..hi {
        let w = ctx.w(j);
        if let Some(n) = count_word(w) {
            count = Some(n);
        }
        match w {
            "all" | "they" | "them" | "those" => plural = true,
            "both" => {
                plural = true;
                count = Some(2);
            }
            "detainees" | "suspects" | "men" | "women" | "individuals" | "people" | "prisoners" | "accused"
            | "defendants" | "captives" | "hostages" | "arrested" | "detained" => plural = true,
            _ => {}
        }
    }
    if !plural {
        return Vec::new();
    }
    // (Without a number, those the last captor took.)
    let last_captor = st.earlier_captures.last().map(|&(_, c)| ctx.ms[c].ent);
    let mut people: Vec<EntRef> = Vec::new();
    for &(ent, c) in st.earlier_captures.iter().rev() {
        if !people.contains(&ent) && (count.is_some() || Some(ctx.ms[c].ent) == last_captor) {
            people.push(ent);
        }
    }
    if people.len() < 2 {
        return Vec::new();
    }
    if let Some(n) = count {
        if people.len() < n {
            return Vec::new();
        }
        people.truncate(n);
    }
    let before = &ctx.ms[..ctx.ms.partition_point(|m| m.tok.start < hi)];
    people
        .iter()
        .filter_map(|&e| before.iter().rposition(|m| m.ent == e))
        .filter(|&m| ctx.ms[m].kind == EntityKind::Person)
        .collect()
}

/// Where the clause holding token `i` starts: after the last of `stops`
/// before it in the sentence, else at the sentence's start.
fn clause_start(ctx: &Ctx, s: &Sentence, i: usize, stops: &[&str]) -> usize {
    (s.tok.start..i).rfind(|&j| stops.contains(&ctx.w(j))).map_or(s.tok.start, |j| j + 1)
}

/// "two" to "twelve" as a number.
fn count_word(w: &str) -> Option<usize> {
    Some(match w {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

/// A verb of receiving shortly before token `i`: "received training and
/// equipment", "gets funding".
fn received(ctx: &Ctx, s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(5).max(s.tok.start)..i).any(|j| {
        matches!(ctx.w(j), "received" | "receives" | "receiving" | "receive" | "gets" | "got" | "obtained" | "accepted")
    })
}

/// Adjectives that may stand between "and" and a coordinated name: "the
/// Malian army and the rival JNIM alliance".
fn is_group_adjective(w: &str) -> bool {
    matches!(
        w,
        "rival"
            | "allied"
            | "local"
            | "islamist"
            | "jihadist"
            | "militant"
            | "armed"
            | "banned"
            | "outlawed"
            | "extremist"
            | "separatist"
            | "former"
            | "main"
            | "so-called"
            | "larger"
            | "smaller"
            | "powerful"
            | "notorious"
            | "feared"
    )
}

/// Verb forms that can also be nouns ("capture", "arrest", "release").
fn is_noun_form(t: &Trigger) -> bool {
    !t.phrase.contains(' ') && !t.phrase.ends_with("ed") && !is_gerund(&t.phrase) && !t.phrase.ends_with('s')
}

/// Role nouns: "former Taliban commander Ehsanullah Ehsan", "Karimi, a
/// spokesman for the movement", "the group's media spokesperson".
/// Nouns for a part of a group: "al-Shabaab, al-Qaeda's affiliate in East
/// Africa", "Ansar al-Sharia, the local front of AQAP".
fn is_org_part(w: &str) -> bool {
    matches!(
        w,
        "affiliate"
            | "alliance"
            | "branch"
            | "wing"
            | "arm"
            | "offshoot"
            | "faction"
            | "franchise"
            | "front"
            | "province"
            | "cell"
            | "chapter"
            | "subsidiary"
            | "directorate"
            | "department"
            | "splinter"
            | "remnant"
            | "unit"
            | "squad"
            | "division"
            | "component"
    )
}

/// "G1, G2's affiliate" and "G1, the local front of G2": membership G1 -> G2.
/// Also "the IRGC's Quds Force": a body named after another's possessive.
fn apply_org_parts(x: &Extractor, ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    let org = |m: &Mention| matches!(m.kind, EntityKind::Group | EntityKind::Agency | EntityKind::Organization);
    // "the Special Task Force (STF) of Assam Police": a unit of a force.
    let Range { start: from, end: to } = ctx.mentions_in(s.tok.clone());
    for (k, m) in ctx.ms.iter().enumerate().take(to).skip(from) {
        if m.tok.end >= s.tok.end || m.kind != EntityKind::Agency || m.anaphor {
            continue;
        }
        let e = ctx.past_bracket(m.tok.end, s);
        if e + 1 >= s.tok.end || ctx.w(e) != "of" {
            continue;
        }
        if let Some(p) = ctx.named_at(e + 1)
            && ctx.ms[p].kind == EntityKind::Agency
            && ctx.ms[p].ent != m.ent
        {
            st.add(&[k], RelationKind::Membership, &[p], 0.8);
        }
    }
    // "the PNP's Anti-Kidnapping Group", "the Armed Forces of the Philippines'
    // Western Mindanao Command": a unit of the body that owns it.
    for (k, m) in ctx.ms.iter().enumerate().take(to).skip(from) {
        // (The owner is no actor here: it only qualifies the unit.)
        if m.kind != EntityKind::Agency || m.anaphor {
            continue;
        }
        let Some(after) = ctx.possessive_end(m.tok.end, s) else { continue };
        if let Some(u) = ctx.named_at(after)
            && ctx.ms[u].tok.start == after
            && ctx.ms[u].kind == EntityKind::Agency
            && ctx.ms[u].ent != m.ent
        {
            st.add(&[u], RelationKind::Membership, &[k], 0.8);
        }
    }
    // "Head Constable Ramlal Kashyap, Constable Suresh Oyami and Assistant
    // Constable Budhram Kunjam of the District Reserve Guard": titled people
    // of a body.
    for (k, m) in ctx.ms.iter().enumerate().take(to).skip(from) {
        if m.kind != EntityKind::Person || m.anaphor || !m.actor || m.tok.start <= s.tok.start {
            continue;
        }
        let e = m.tok.end;
        if e + 1 >= s.tok.end || ctx.w(e) != "of" || !is_person_title(ctx.w(m.tok.start - 1).trim_end_matches('.')) {
            continue;
        }
        let Some(b) = ctx.named_at(e + 1) else { continue };
        if !matches!(ctx.ms[b].kind, EntityKind::Agency | EntityKind::Group) {
            continue;
        }
        let people: Vec<usize> =
            ctx.coordinated(k, s, false).into_iter().filter(|&p| ctx.ms[p].kind == EntityKind::Person).collect();
        st.add(&people, RelationKind::Membership, &[b], 0.8);
    }
    // "the Sudanese Armed Forces (SAF) under General Abdel Fattah al-Burhan":
    // the body and its commander.
    for (k, m) in ctx.ms.iter().enumerate().take(to).skip(from) {
        if !matches!(m.kind, EntityKind::Agency | EntityKind::Group) || m.anaphor || !m.actor {
            continue;
        }
        let e = ctx.past_bracket(m.tok.end, s);
        if e + 2 >= s.tok.end || ctx.w(e) != "under" {
            continue;
        }
        let mut n = e + 1;
        while n < s.tok.end && n < e + 5 && ctx.at[n].is_none() && is_person_title(ctx.w(n).trim_end_matches('.')) {
            n += 1;
        }
        // (Not "under the command of": a title must come first.)
        if n > e + 1
            && let Some(p) = ctx.at.get(n).copied().flatten()
            && ctx.ms[p].kind == EntityKind::Person
            && ctx.ms[p].tok.start == n
        {
            st.add(&[p], RelationKind::Membership, &[k], 0.8);
        }
    }
    // "Special DGP (STF) Anupam Hazarika": a title, the body in parentheses, the holder.
    for j in s.tok.start + 1..s.tok.end {
        if ctx.w(j) != "(" || !is_person_title(ctx.w(j - 1).trim_end_matches('.')) {
            continue;
        }
        let Some(b) = ctx.at.get(j + 1).copied().flatten() else { continue };
        let close = ctx.ms[b].tok.end;
        if close + 1 >= s.tok.end || ctx.w(close) != ")" || !org(&ctx.ms[b]) {
            continue;
        }
        if let Some(p) = ctx.mention_at(close + 1).filter(|m| m.kind == EntityKind::Person && m.actor) {
            let p = ctx.at[p.tok.start].unwrap_or_default();
            st.add(&[p], RelationKind::Membership, &[b], 0.8);
        }
    }
    for j in s.tok.clone() {
        let (Some(a), Some(b)) = (ctx.at[j], ctx.at.get(j + 3).copied().flatten()) else { continue };
        let (ma, mb) = (&ctx.ms[a], &ctx.ms[b]);
        if ma.tok.end == j + 1
            && mb.tok.start == j + 3
            && ctx.w(j + 1) == "'"
            && ctx.w(j + 2) == "s"
            && org(ma)
            && org(mb)
            && ma.ent != mb.ent
        {
            st.add(&[b], RelationKind::Membership, &[a], 0.8);
        }
    }
    for r in s.tok.clone() {
        if ctx.at[r].is_some() || !is_org_part(ctx.w(r)) {
            continue;
        }
        // The parent: "G2's NOUN" right before, or "NOUN of G2" right after.
        let mut parent = None;
        let mut phrase_start = r;
        let mut j = r;
        // "the IRGC's external operations arm": a few modifiers between.
        while j > s.tok.start && r - j < 6 {
            j -= 1;
            if let Some(m) = ctx.mention_at(j) {
                // "al Qaeda's Sahel affiliate": a place between is a modifier.
                if matches!(m.kind, EntityKind::Place | EntityKind::Country) && ctx.w(m.tok.end) != "'" {
                    j = m.tok.start;
                    continue;
                }
                if org(m) && j + 2 < r + 1 && ctx.w(m.tok.end) == "'" {
                    parent = ctx.at[j];
                    phrase_start = m.tok.start;
                }
                // "the MPCP, the Shining Path splinter that ...": the body
                // named as the noun's modifier.
                if org(m)
                    && m.kind == EntityKind::Group
                    && m.tok.end == r
                    && m.tok.start > s.tok.start + 1
                    && matches!(ctx.w(m.tok.start - 1), "the" | "a" | "an")
                    && ctx.w(m.tok.start - 2) == ","
                {
                    parent = ctx.at[j];
                    phrase_start = m.tok.start - 1;
                }
                break;
            }
        }
        // "the Indonesian police counter-terrorism unit Densus 88": the body
        // named right after the noun is a part of the one before it.
        if let (Some(m), Some(p)) = (ctx.at.get(r + 1).copied().flatten(), ctx.at[j])
            && parent.is_none()
            && j < r
            && ctx.ms[p].tok.end + 3 >= r
            && org(&ctx.ms[m])
            && matches!(ctx.ms[p].kind, EntityKind::Agency | EntityKind::Group)
            && ctx.ms[m].ent != ctx.ms[p].ent
            && (ctx.ms[p].tok.end..r).all(|k| ctx.w(k).chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        {
            st.add(&[m], RelationKind::Membership, &[p], 0.8);
            continue;
        }
        if parent.is_none() && r + 1 < s.tok.end && ctx.w(r + 1) == "of" {
            parent = ctx.right(r + 2, s, 5, true).into_iter().find(|&m| org(&ctx.ms[m]));
            // "the CTTC unit of the Dhaka Metropolitan Police".
            if let (Some(p), Some(m)) = (parent, r.checked_sub(1).and_then(|k| ctx.at[k]))
                && org(&ctx.ms[m])
                && ctx.ms[m].ent != ctx.ms[p].ent
            {
                st.add(&[m], RelationKind::Membership, &[p], 0.85);
                continue;
            }
        }
        let Some(parent) = parent else { continue };
        // The member: a group named just before the phrase, set off by a comma.
        let mut k = phrase_start;
        let mut comma = false;
        let mut member = None;
        // "Jabhat al-Nusra, which at the time was al-Qaeda's official branch".
        while k > s.tok.start && phrase_start - k < 9 {
            k -= 1;
            // ("the central Mali branch of JNIM": a place is a modifier.)
            if let Some(m) = ctx.at[k]
                && !comma
                && matches!(ctx.ms[m].kind, EntityKind::Place | EntityKind::Country)
            {
                k = ctx.ms[m].tok.start;
                continue;
            }
            if let Some(m) = ctx.at[k] {
                if comma && org(&ctx.ms[m]) {
                    member = Some(m);
                }
                break;
            }
            let w = ctx.w(k);
            // ("the Militarized Communist Party of Peru (MPCP), the ...": past the acronym.)
            if w == ")" && k >= s.tok.start + 3 && ctx.w(k - 2) == "(" && ctx.at[k - 1].is_some() {
                k -= 2;
                continue;
            }
            comma |= w == ",";
            let plain = w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !x.trigger_words.contains(w);
            if !(w == "," || is_linking_word(w) || plain) || matches!(w, "and" | "but" | "or") {
                break;
            }
        }
        // "al Qaeda's Sahel affiliate, JNIM": the member named after the noun.
        if member.is_none()
            && phrase_start < r
            && r + 2 < s.tok.end
            && ctx.w(r + 1) == ","
            && let Some(m) = ctx.at[r + 2]
            && org(&ctx.ms[m])
            && ctx.ms[m].tok.start == r + 2
        {
            member = Some(m);
        }
        if let Some(m) = member
            && ctx.ms[m].ent != ctx.ms[parent].ent
        {
            st.add(&[m], RelationKind::Membership, &[parent], 0.85);
        }
    }
}

fn apply_roles(x: &Extractor, ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    for r in s.tok.clone() {
        // (Every role word has three letters or more.)
        // ("detained a commander of ARSA ... The commander, Mohammad Zubair": the
        // role word stands for the one named later; see `add_named_roles`.)
        let named_later = ctx.at[r].filter(|&m| ctx.is_named_later(m));
        if ctx.at[r].is_some() && named_later.is_none() || ctx.w(r).len() < 3 || !x.rules.roles.contains(ctx.w(r)) {
            continue;
        }
        // ("never will, army spokesman X said": a negation in another clause.)
        let neg_lo = r.saturating_sub(6).max(s.tok.start);
        let neg_lo = (neg_lo..r).rfind(|&j| ctx.w(j) == ",").map_or(neg_lo, |c| c + 1);
        if (neg_lo..r).any(|j| is_negation(ctx.w(j))) {
            continue;
        }
        let org_kind =
            |m: &Mention| matches!(m.kind, EntityKind::Group | EntityKind::Agency | EntityKind::Organization);
        // The organisation: right before the role (allowing "'s" and two modifiers), or after of/for/with/in.
        let mut org = None;
        let mut j = r;
        let mut steps = 0;
        // ("an al-Shabaab tax collector", "a serving GRU officer": up to two
        // other plain words may stand between.)
        let mut plain = 0;
        while j > s.tok.start && steps < 4 + plain {
            j -= 1;
            steps += 1;
            if let Some(m) = ctx.mention_at(j) {
                if org_kind(m) && m.kind.is_actor() {
                    org = ctx.at[j];
                }
                break;
            }
            let w = ctx.w(j);
            // ("RAB's legal and media wing director Commander Mahfuzur Karim".)
            if plain < 4
                && j + plain + 1 == r
                && (w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase()) || w == "and" && plain > 0)
                && !x.trigger_words.contains(w)
                && !matches!(w, "the" | "for" | "with" | "from" | "its" | "his" | "her" | "their" | "was" | "who")
            {
                plain += 1;
                continue;
            }
            if !matches!(
                ctx.w(j),
                "'" | "s"
                    | "-"
                    | "media"
                    | "senior"
                    | "special"
                    | "assistant"
                    | "executive"
                    | "top"
                    | "local"
                    | "military"
                    | "regional"
                    | "chief"
                    | "deputy"
                    | "key"
                    | "former"
                    | "armed"
                    | "political"
                    | "general"
                    | "ranking"
                    | "highest-ranking"
                    | "high-ranking"
                    | "self-styled"
                    | "alleged"
                    | "suspected"
                    | "notorious"
                    | "main"
                    | "official"
                    | "first"
                    | "second"
                    | "new"
                    | "current"
                    | "late"
                    | "then"
                    | "overall"
                    | "supreme"
                    | "founding"
                    | "longtime"
                    | "long-time"
                    | "acting"
                    | "interim"
                    | "field"
                    | "operational"
                    | "spiritual"
                    | "religious"
                    | "self-proclaimed"
                    | "so-called"
                    | "best-known"
                    | "de"
                    | "facto"
                    | "logistics"
                    | "finance"
                    | "financial"
                    | "operations"
                    | "propaganda"
                    | "recruitment"
                    | "intelligence"
                    | "provincial"
                    | "district"
                    | "zonal"
                    | "area"
                    | "sector"
                    | "cell"
                    | "unit"
            ) {
                break;
            }
        }
        // "Los Lobos, whose founder X", "Jundallah, whose leader, X,": the
        // body the relative clause hangs on.
        if org.is_none()
            && let Some(j) = (r.saturating_sub(3).max(s.tok.start + 2)..r).rev().find(|&k| ctx.w(k) == "whose")
            && (j + 1..r).all(|k| ctx.at[k].is_none())
            && ctx.w(j - 1) == ","
            && let Some(m) = ctx.at[j - 2]
            && org_kind(&ctx.ms[m])
            && ctx.ms[m].kind.is_actor()
            && ctx.ms[m].actor
        {
            org = Some(m);
        }
        // "Its military spokesman, X": the group or body named last, in this
        // sentence or the one before.
        if org.is_none()
            && ctx.w(j) == "its"
            && (j + 1..r).all(|k| ctx.at[k].is_none())
            && let Some(m) = ctx.ms.iter().rposition(|m| {
                m.tok.end <= j && m.actor && !m.anaphor && matches!(m.kind, EntityKind::Group | EntityKind::Agency)
            })
            && j - ctx.ms[m].tok.end <= 40
        {
            org = Some(m);
        }
        // ("the deputy director general of the Albanian State Police", "a
        // prosecutor at SPAK".)
        let prep = if r + 1 < s.tok.end && ctx.w(r + 1) == "general" { r + 2 } else { r + 1 };
        if org.is_none()
            && prep < s.tok.end
            && matches!(ctx.w(prep), "of" | "for" | "with" | "in" | "within" | "to" | "at")
        {
            // (A prison or a hospital is a workplace: "an officer at Maghaberry
            // Prison"; "a researcher at the International Crisis Group" works for it.)
            let workplace = |m: &Mention| {
                m.kind == EntityKind::Organization
                    && !m.tok.is_empty()
                    && matches!(
                        ctx.a.lower_word(m.tok.end - 1),
                        "prison" | "hospital" | "school" | "airport" | "station" | "hotel" | "camp" | "jail" | "centre"
                    )
            };
            org = ctx
                .right(prep + 1, s, 7, true)
                .into_iter()
                .find(|&m| org_kind(&ctx.ms[m]) && (ctx.w(prep) != "at" || !workplace(&ctx.ms[m])));
            // "a spokesman for the Armed Forces of the Philippines' Western
            // Mindanao Command": the unit the owner's name qualifies.
            if let Some(o) = org.or_else(|| ctx.named_at(prep + 1))
                && let Some(after) = ctx.possessive_end(ctx.ms[o].tok.end, s)
                && let Some(u) = ctx.named_at(after)
                && ctx.ms[u].tok.start == after
                && org_kind(&ctx.ms[u])
            {
                org = Some(u);
            }
            // "Inspector-General of Police Azmi Harun": the article's police
            // (not when the sentence names his: "... Chaminda Rathnayake of the
            // Sri Lanka Police").
            if org.is_none()
                && prep + 1 < s.tok.end
                && ctx.w(prep + 1) == "police"
                && let Some(m) = ctx.at[prep + 1]
                && ctx.ms[m].anaphor
                && ctx.ms[m].kind == EntityKind::Agency
                && !(prep + 2..s.tok.end.min(prep + 12))
                    .any(|k| ctx.mention_at(k).is_some_and(|o| o.kind == EntityKind::Agency && !o.anaphor))
            {
                org = Some(m);
            }
            // "commanding officer of BGB's Teknaf battalion": the body owning the unit.
            if org.is_none() {
                let k = if prep + 1 < s.tok.end && ctx.w(prep + 1) == "the" { prep + 2 } else { prep + 1 };
                org = ctx
                    .at
                    .get(k)
                    .copied()
                    .flatten()
                    .filter(|&m| org_kind(&ctx.ms[m]) && ctx.possessive_end(ctx.ms[m].tok.end, s).is_some());
            }
        }
        // "The Defence Minister, Rafael Cuéllar": the ministry of that
        // portfolio the article names (any sentence).
        if org.is_none()
            && ctx.w(r) == "minister"
            && r > s.tok.start
            && let Some(role) = match ctx.w(r - 1) {
                "defence" | "defense" => Some("ministry_defence"),
                "interior" | "home" => Some("ministry_interior"),
                "foreign" => Some("ministry_foreign"),
                _ => None,
            }
        {
            org = ctx.ms.iter().position(|m| {
                !m.anaphor
                    && matches!(m.ent, EntRef::Lex(e) if x.lexicon.entries[e as usize].role.as_deref() == Some(role))
            });
        }
        let Some(org) = org else { continue };
        // The person: named right after the role ("TTP spokesman Sajid Orakzai"), or
        // before the role phrase and joined to it only by linking words
        // ("Karimi, a spokesman for", "Nazarov is a member of").
        let is_person = |m: &Mention| m.kind == EntityKind::Person && m.actor;
        // "UPDF spokesman Brigadier General Ronald Twesigye", "a spokesman for
        // the SDF, Rojhat Amed": the name after the role or the body, past titles.
        // "Police spokesman Senior Superintendent of Police (SSP) Kasun Wickramage":
        // a long title, with its acronym.
        let named_after = |from: usize| {
            let mut j = from;
            while j < s.tok.end && j < from + 10 {
                // ("Superintendent of Police" is a title, whatever police it means.)
                if let Some(m) = ctx.at[j]
                    && !(ctx.ms[m].anaphor && ctx.w(j) == "police")
                {
                    // ("allegiance to the Islamic State's leader, Moser said": the speaker.)
                    let e = ctx.ms[m].tok.end;
                    let speaker = j > s.tok.start
                        && ctx.w(j - 1) == ","
                        && e < s.tok.end
                        && matches!(ctx.w(e), "said" | "says" | "told" | "added");
                    return (is_person(&ctx.ms[m]) && !speaker).then_some(m);
                }
                let w = ctx.w(j);
                let in_title = j > from && matches!(w, "of" | "(" | ")") && ctx.a.is_capitalised(j - 1)
                    || j > from && ctx.w(j - 1) == "(";
                if !(matches!(w, "," | "." | "the") || is_person_title(w) || in_title || ctx.a.is_capitalised(j)) {
                    return None;
                }
                j += 1;
            }
            None
        };
        // One person holds a role named in the singular; "Shin Bet officers, Salaymeh" names none.
        // ("gunmen", "spokesmen": plural.)
        let singular = !ctx.w(r).ends_with('s') && !ctx.w(r).ends_with("men") || ctx.w(r).ends_with("man");
        let mut person = named_later.or_else(|| if singular { named_after(r + 1) } else { None });
        // "Its current leader is Saad al-Awlaki".
        if person.is_none()
            && singular
            && r + 2 < s.tok.end
            && matches!(ctx.w(r + 1), "is" | "was")
            && let Some(p) = ctx.at[r + 2]
            && ctx.ms[p].tok.start == r + 2
            && is_person(&ctx.ms[p])
        {
            person = Some(p);
        }
        // "FARDC spokesman for the area, Lieutenant Colonel Jules Ngongo".
        // ("a KIB commander in Idlib, Abdulaziz Yusupov": past a place.)
        if person.is_none()
            && singular
            && ctx.ms[org].tok.end <= r
            && let Some(c) = (r + 1..s.tok.end.min(r + 8)).find(|&k| ctx.w(k) == ",")
            // (Right after the role, or a place the role is for; "deputy
            // commander-in-chief, X": one more word of the title.)
            && (c == r + 1
                || matches!(ctx.w(r + 1), "for" | "in" | "at" | "of" | "-")
                || c == r + 2
                    && ctx.w(r + 1).bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !x.trigger_words.contains(ctx.w(r + 1)))
            // ("The NCoS Controller for Borno, X", "spokesman for the South Kivu
            // operations sector, X": a place the role is for.)
            && (r + 1..c).all(|k| {
                ctx.at[k].is_none_or(|m| {
                    ctx.is_located(&ctx.ms[m], s)
                        || ctx.ms[m].kind == EntityKind::Place
                        || ctx.ms[m].kind == EntityKind::Country && ctx.w(r + 1) == "for"
                })
            })
        {
            person = named_after(c + 1);
        }
        // "Deputy Inspector-General of Police Azmi Harun": right after the
        // rank's body.
        if person.is_none()
            && singular
            && ctx.ms[org].tok.start == prep + 1
            && ctx.ms[org].anaphor
            && let Some(p) = ctx.at.get(ctx.ms[org].tok.end).copied().flatten()
            && is_person(&ctx.ms[p])
        {
            person = Some(p);
        }
        if person.is_none() && singular && ctx.ms[org].tok.start > r {
            // "A spokesperson for SERNIC in Cabo Delgado, Hilário Lampião": past a place
            // ("head of SBU department in Volyn region, Colonel Andrii Melnychuk":
            // and past the body's department).
            let mut e = ctx.ms[org].tok.end;
            if e < s.tok.end && is_org_part(ctx.w(e)) {
                e += 1;
            }
            if e + 1 < s.tok.end
                && matches!(ctx.w(e), "in" | "at")
                && let Some(place) = ctx.mention_at(e + 1).filter(|m| ctx.is_located(m, s))
            {
                e = place.tok.end;
                if e < s.tok.end && matches!(ctx.w(e), "region" | "province" | "district" | "oblast" | "state") {
                    e += 1;
                }
            }
            if ctx.w(e.min(s.tok.end - 1)) == "," {
                person = named_after(e);
            }
        }
        // "Emre Kılıç, described by police as the gang's second-in-command":
        // the person the description follows.
        if person.is_none() {
            let phrase_start = if ctx.ms[org].tok.end <= r { ctx.ms[org].tok.start } else { r };
            let lo = phrase_start.saturating_sub(10).max(s.tok.start + 2);
            let as_at = (lo..phrase_start).rev().find(|&j| ctx.w(j) == "as");
            if let Some(d) = as_at.and_then(|k| {
                (lo..k).rev().find(|&j| {
                    matches!(ctx.w(j), "described" | "identified" | "named" | "considered" | "regarded" | "believed")
                })
            }) && ctx.w(d - 1) == ","
                // (Past a modifier or two: "as a logistics officer for al-Shabaab".)
                && phrase_start - as_at.unwrap() <= 4
                && (as_at.unwrap() + 1..phrase_start).all(|j| {
                    matches!(ctx.w(j), "the" | "a" | "an" | "'" | "s")
                        || ctx.at[j].is_none() && !ctx.barrier(j) && ctx.w(j).bytes().all(|c| c.is_ascii_lowercase())
                })
                // (Past an age: "Emre Kılıç, 34, described by police as".)
                && let Some(m) = if d >= s.tok.start + 4 && is_number(ctx.w(d - 2)) && ctx.w(d - 3) == "," {
                    ctx.at[d - 4]
                } else {
                    ctx.at[d - 2]
                }
                && is_person(&ctx.ms[m])
            {
                person = Some(m);
            }
        }
        // ("Karim is not related to Anouar Bekkali, a ministry spokeswoman
        // said": the one who said it goes unnamed.)
        let said_after = r + 1 < s.tok.end && matches!(ctx.w(r + 1), "said" | "says" | "told" | "added");
        if person.is_none() && !said_after {
            let phrase_start = if ctx.ms[org].tok.end <= r { ctx.ms[org].tok.start } else { r };
            let mut j = phrase_start;
            // (The reach, less any apposition passed.)
            let mut passed = 0;
            while j > s.tok.start && phrase_start - j < 12 + passed {
                j -= 1;
                if let Some(m) = ctx.at[j] {
                    if is_person(&ctx.ms[m]) {
                        person = Some(m);
                        break;
                    }
                    // "X, whom the CTS described as a commander of KH", "X is described
                    // by Ugandan investigators as a senior ADF commander": past the one describing.
                    let first = ctx.ms[m].tok.start;
                    let before = if first > s.tok.start && ctx.w(first - 1) == "the" { first - 1 } else { first };
                    if before > s.tok.start && matches!(ctx.w(before - 1), "whom" | "which") {
                        j = before;
                        continue;
                    }
                    if before > s.tok.start + 1
                        && ctx.w(before - 1) == "by"
                        && matches!(ctx.w(before - 2), "described" | "identified" | "named" | "regarded" | "considered")
                    {
                        j = before - 1;
                        continue;
                    }
                    break;
                }
                let w = ctx.w(j);
                // "Tareq Saleh, a nephew of former president Ali Abdullah Saleh, is
                // also a member of": the one the apposition describes.
                if w == ","
                    && phrase_start - j <= 4
                    && (j + 1..phrase_start).any(|k| is_be_aux(ctx.w(k)) || matches!(ctx.w(k), "remains" | "became"))
                    && let Some(open) = ctx.apposition_start(j, s)
                    && matches!(ctx.w(open + 1), "a" | "an" | "the")
                {
                    passed += j - open;
                    j = open;
                    continue;
                }
                // "Abu Hafs, whom it described as a senior leader of Hurras al-Din",
                // "Yupanqui, whom authorities consider the group's top military leader".
                if w == "whom" && j >= 2 && ctx.w(j - 1) == "," {
                    let described = (j + 1..phrase_start).any(|k| {
                        matches!(
                            ctx.w(k),
                            "described"
                                | "describes"
                                | "consider"
                                | "considers"
                                | "considered"
                                | "call"
                                | "calls"
                                | "called"
                                | "named"
                                | "identified"
                                | "identify"
                                | "identifies"
                                | "regard"
                                | "regards"
                                | "regarded"
                                | "believe"
                                | "believes"
                                | "believed"
                        )
                    });
                    // (Past an age: "al-Shammari, 39, whom".)
                    let end = if j >= s.tok.start + 4 && is_number(ctx.w(j - 2)) && ctx.w(j - 3) == "," {
                        j - 3
                    } else {
                        j - 1
                    };
                    if described
                        && let Some(m) = ctx.ms.iter().position(|m| m.tok.end == end)
                        && is_person(&ctx.ms[m])
                    {
                        person = Some(m);
                    }
                    break;
                }
                // ("X is described by investigators as": past the describers.)
                if w == "by"
                    && j > s.tok.start
                    && matches!(ctx.w(j - 1), "described" | "identified" | "named" | "regarded" | "considered")
                {
                    continue;
                }
                // "Khalid Batarfi took over as leader of AQAP": the one who
                // took the post.
                if w == "over" && j > s.tok.start && matches!(ctx.w(j - 1), "took" | "taken" | "takes" | "take") {
                    j -= 1;
                    continue;
                }
                // "Ashikur Rahman, commanding officer of BGB's battalion".
                let trigger = x.trigger_words.contains(w) && w != "commanding";
                // ("handed Carbone over to ROS officers": a preposition before the
                // body ends the search.)
                if !is_linking_word(w)
                    && (trigger
                        || is_barrier(w)
                        || matches!(
                            w,
                            "and"
                                | "said"
                                | "says"
                                | "told"
                                | "by"
                                | "to"
                                | "over"
                                | "into"
                                | "from"
                                | "against"
                        )
                        // ("opened fire on officers of the FSB": the object of a deed.)
                        || matches!(w, "on" | "upon") && phrase_start - j <= 2
                        // ("was in contact with IS commanders": someone else's role.)
                        || w == "with"
                            && !singular
                            && phrase_start - j <= 2
                            && !(j > s.tok.start && matches!(ctx.w(j - 1), "along" | "together")))
                {
                    break;
                }
            }
        }
        // "three members of the militant group Hasm, A, B and C": the people
        // listed after the body.
        if person.is_none() && !singular && ctx.ms[org].tok.start > r {
            let e = ctx.ms[org].tok.end;
            if e + 1 < s.tok.end
                && matches!(ctx.w(e), "," | ":")
                && let Some(m) = ctx.at[e + 1].filter(|&m| is_person(&ctx.ms[m]))
            {
                st.add(&ctx.coordinated(m, s, true), RelationKind::Membership, &[org], 0.8);
                continue;
            }
        }
        // "two al-Shabaab members, Omar Ali and Hassan Juma": the people
        // listed after a plural role (several, and not a speaker: "three
        // fighters, Ali said"; "by Shin Bet officers, Salaymeh gave").
        if person.is_none() && !singular && ctx.ms[org].tok.end <= r {
            let n = if r + 1 < s.tok.end && matches!(ctx.w(r + 1), "," | ":") { r + 2 } else { r + 1 };
            if let Some(m) = ctx.at.get(n).copied().flatten().filter(|&m| is_person(&ctx.ms[m]))
                && ctx.ms[m].tok.start == n
                && !ctx.ms[m].anaphor
            {
                let people = ctx.coordinated(m, s, true);
                let last = people.iter().map(|&p| ctx.ms[p].tok.end).max().unwrap_or(n);
                if people.len() >= 2 && !(last < s.tok.end && matches!(ctx.w(last), "said" | "says" | "told" | "added"))
                {
                    st.add(&people, RelationKind::Membership, &[org], 0.8);
                    continue;
                }
            }
        }
        if let Some(p) = person {
            // "A and B, both members of the RSO": everyone listed.
            let people = if singular { vec![p] } else { ctx.coordinated(p, s, false) };
            st.add(&people, RelationKind::Membership, &[org], 0.85);
        }
    }
}

/// "Border guards detained a commander of ARSA on Saturday. ... The commander,
/// Mohammad Zubair, 38, ...": the role said with "a" stands for the person the
/// same role names later with "the", within three sentences. The role word
/// becomes a mention of that person, so the sentence's deed and the role's
/// body reach him.
fn add_named_roles(x: &Extractor, a: &DocAnalysis, ms: &mut Vec<Mention>) -> Vec<usize> {
    let n = a.tokens().len();
    let mut added: Vec<Mention> = Vec::new();
    // (Most articles have no "The <role>, NAME": nothing to build for them.)
    if !(1..n.saturating_sub(1)).any(|r| {
        a.word(r + 1) == "," && {
            let w = a.lower_word(r);
            (x.rules.roles.contains(w) || matches!(w, "man" | "woman" | "suspect" | "detainee" | "fugitive"))
                && (r.saturating_sub(3)..r).any(|i| a.lower_word(i) == "the")
        }
    }) {
        return Vec::new();
    }
    // Per token: covered by a mention, a mention starting there, one ending there.
    let covered = coverage(n, ms.iter().map(|m| m.tok.clone()));
    let (mut start_at, mut end_at) = (vec![None; n + 1], vec![None; n + 1]);
    for (k, m) in ms.iter().enumerate() {
        start_at[m.tok.start].get_or_insert(k);
        end_at[m.tok.end] = Some(k);
    }
    let person_at = |t: usize| start_at[t].is_some_and(|k: usize| ms[k].kind == EntityKind::Person);
    let modifier = |j: usize| {
        let w = a.lower_word(j);
        w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !x.trigger_words.contains(w)
    };
    for (k, s) in a.sentences.iter().enumerate() {
        for i in s.tok.clone() {
            // "The [alleged] commander, NAME"
            if a.lower_word(i) != "the" {
                continue;
            }
            let Some(r) =
                (i + 1..(i + 4).min(s.tok.end)).find(|&j| !modifier(j) || j + 1 < s.tok.end && a.word(j + 1) == ",")
            else {
                continue;
            };
            let role = a.lower_word(r);
            // ("The man, X" / "The detainee, X": whatever role was said before.)
            let generic = matches!(role, "man" | "woman" | "suspect" | "detainee" | "fugitive");
            if !(generic || x.rules.roles.contains(role))
                || role.ends_with('s')
                || r + 2 >= s.tok.end
                || a.word(r + 1) != ","
            {
                continue;
            }
            let Some(p) = start_at[r + 2].map(|k| &ms[k]) else { continue };
            if p.kind != EntityKind::Person || p.anaphor {
                continue;
            }
            // The same role said with "a" before, nearest first, not yet named
            // ("a commander, X" or "a commander X" names it there).
            let lo = a.sentences[k.saturating_sub(3)].tok.start;
            let same_role = |w: &str| {
                if generic { x.rules.roles.contains(w) && !w.ends_with('s') } else { w == role }
            };
            // "one of the most senior commanders of the ELN": one not yet named.
            let one_of = |j: usize| {
                let w = a.lower_word(j);
                let singular = w.strip_suffix('s').filter(|w| x.rules.roles.contains(*w));
                singular.is_some_and(|w| generic || w == role)
                    && (j.saturating_sub(5).max(lo)..j).any(|b| {
                        b + 2 < j
                            && a.lower_word(b) == "one"
                            && a.lower_word(b + 1) == "of"
                            && a.lower_word(b + 2) == "the"
                            && (b + 3..j).all(&modifier)
                    })
            };
            let found = (lo..i).rev().find(|&j| {
                (same_role(a.lower_word(j)) || one_of(j))
                    && j + 2 < n
                    && !covered[j]
                    // (One person a role word: the first "The commander, X" takes it.)
                    && !added.iter().any(|m| m.tok.start == j)
                    && !person_at(j + 1)
                    && !(person_at(j + 2) && a.word(j + 1) == ",")
                    && {
                        let mut b = j;
                        // (Past modifiers and the role's body: "a senior ARSA commander".)
                        while b > lo && j - b < 5 {
                            if let Some(m) = end_at[b].map(|k| &ms[k]).filter(|m| m.tok.start >= lo) {
                                if !matches!(m.kind, EntityKind::Group | EntityKind::Agency) {
                                    break;
                                }
                                b = m.tok.start;
                            } else if modifier(b - 1) {
                                b -= 1;
                            } else {
                                break;
                            }
                        }
                        // (Not when said of someone named: "X, a deputy director of
                        // NISS", "X is a commander".)
                        let described = |b: usize| {
                            b >= 2
                                && matches!(a.lower_word(b - 2), "is" | "was" | "became" | ",")
                                && [b - 2, b.saturating_sub(4)].into_iter().any(|e| {
                                    end_at[e].is_some_and(|k| ms[k].kind == EntityKind::Person)
                                        && (e + 2 == b || a.word(e) == ",")
                                })
                        };
                        b > 0 && matches!(a.lower_word(b - 1), "a" | "an") && !described(b) || one_of(j)
                    }
            });
            if let Some(j) = found {
                added.push(Mention { tok: j..j + 1, ent: p.ent, kind: EntityKind::Person, actor: true, anaphor: true });
            }
        }
    }
    let mut at: Vec<usize> = added.iter().map(|m| m.tok.start).collect();
    at.sort_unstable();
    at.dedup();
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| (m.tok.start, m.tok.end));
    }
    at
}

/// Lexicon mentions, discovered names and surnames, merged and flagged.
fn collect_mentions(x: &Extractor, reg: &Registry, a: &DocAnalysis) -> Vec<Mention> {
    use super::text::name_key;
    let mut ms: Vec<Mention> = a
        .lex_mentions
        .iter()
        .map(|m| {
            let ent = reg.canonical(EntRef::Lex(m.entry));
            Mention { tok: m.tok.clone(), ent, kind: reg.kind(&x.lexicon, ent), actor: true, anaphor: false }
        })
        .collect();
    // "Kenya's National Intelligence Service": the body of that country when
    // the lexicon has one by that name.
    for k in 1..ms.len() {
        let (prev, cur) = (&ms[k - 1], &ms[k]);
        let possessive =
            prev.tok.end + 2 == cur.tok.start && a.word(prev.tok.end) == "'" && a.lower_word(prev.tok.end + 1) == "s";
        if !possessive || prev.kind != EntityKind::Country || cur.kind != EntityKind::Agency {
            continue;
        }
        let EntRef::Lex(c) = prev.ent else { continue };
        // Only lexicon bodies: re-pointing one mention of a discovered name
        // would leave its other mentions as a second node.
        let EntRef::Lex(e) = cur.ent else { continue };
        let entry = &x.lexicon.entries[e as usize];
        let country = &x.lexicon.entries[c as usize].name;
        if entry.country.as_ref().is_some_and(|ec| super::text::name_key(ec) == super::text::name_key(country)) {
            continue;
        }
        if let Some(j) = x.country_form(&entry.name, c as usize) {
            ms[k].ent = EntRef::Lex(j as u32);
        }
    }
    // Bodies the first pass renamed after the article's fuller form ("NSW
    // Police" for "NSW Police Force", "the Police Directorate" for "the
    // Montenegrin Police Directorate") are found where they were written.
    for d in &a.discovered {
        let written = a.original(d.tok.clone());
        if d.kind == EntityKind::Person || written == d.name || name_key(written) == name_key(&d.name) {
            continue;
        }
        if let Some(ent) = reg.resolve_name(&d.name) {
            ms.push(Mention { tok: d.tok.clone(), ent, kind: reg.kind(&x.lexicon, ent), actor: true, anaphor: false });
        }
    }
    ms.sort_by_key(|m| m.tok.start);
    let covered = coverage(a.tokens().len(), ms.iter().map(|m| m.tok.clone()));
    // "State Security" for "Kuwait State Security" named in this article: a
    // body's name without the country that leads it (two words at least, and
    // only one body of the article ends so).
    // (Also as written: "the Interior Ministry" after "Egypt's Interior Ministry".)
    let mut tails: Vec<(String, EntRef)> = Vec::new();
    {
        let mut ents: Vec<EntRef> = ms.iter().filter(|m| m.kind == EntityKind::Agency).map(|m| m.ent).collect();
        ents.sort_unstable();
        ents.dedup();
        let mut names: Vec<(&str, EntRef)> = Vec::new();
        for &ent in &ents {
            names.push((reg.name(&x.lexicon, ent), ent));
            if let EntRef::Lex(e) = ent {
                names.extend(x.lexicon.entries[e as usize].aliases.iter().map(|n| (n.as_str(), ent)));
            }
        }
        for m in ms.iter().filter(|m| m.kind == EntityKind::Agency && m.tok.len() >= 3) {
            names.push((a.original(m.tok.clone()), m.ent));
        }
        let country = |e: usize| x.lexicon.entries[e].kind == EntityKind::Country;
        for (name, ent) in names {
            // (Only names of three words or more can lead with a country.)
            if name.split(' ').nth(2).is_none() {
                continue;
            }
            let full = name_key(name);
            let Some((first, rest)) = full.split_once(' ') else { continue };
            let rest = rest.strip_prefix("s ").unwrap_or(rest);
            let led_by_country = x.demonym_country.contains_key(first)
                || x.lexicon.find(first).is_some_and(country)
                || x.acronyms.get(&first.to_uppercase()).is_some_and(|&e| country(e));
            if led_by_country && rest.contains(' ') && !tails.iter().any(|t| t.0 == rest && t.1 == ent) {
                tails.push((rest.to_owned(), ent));
            }
        }
    }
    // Discovered names and aliases: the longest run of words starting with a
    // capital whose key the registry knows.
    let mut extra = Vec::new();
    let mut i = 0;
    let mut key = String::new();
    while i < a.tokens().len() {
        if covered[i] || !(a.is_capitalised(i) || super::mentions::is_ordinal(a.lower_word(i))) {
            i += 1;
            continue;
        }
        key.clear();
        let mut best = None;
        for j in i..(i + 12).min(a.tokens().len()) {
            let w = a.lower_word(j);
            if covered[j] || (!w.chars().any(char::is_alphanumeric) && !matches!(w, "-" | "'" | ".")) {
                break;
            }
            // Names are capitalised words joined by a few small words.
            if j > i
                && !a.is_capitalised(j)
                && w.chars().any(char::is_alphanumeric)
                && !matches!(
                    w,
                    "of" | "for"
                        | "and"
                        | "the"
                        | "to"
                        | "on"
                        | "in"
                        | "against"
                        | "al"
                        | "bin"
                        | "ibn"
                        | "de"
                        | "del"
                        | "la"
                        | "el"
                        | "van"
                        | "von"
                        | "der"
                        | "da"
                        | "dos"
                        | "das"
                        | "s"
                        | "police"
                        | "security"
                        | "forces"
                        | "state"
                        | "provincial"
                        | "district"
                        | "county"
                        | "municipal"
                )
                && !is_gang_noun(w)
                && !super::mentions::is_name_particle(w)
                // ("Ranger Regiment 41": a unit's number closes its name.)
                && !(w.len() <= 4
                    && w.bytes().all(|b| b.is_ascii_digit())
                    && super::mentions::is_numbered_unit(a.lower_word(j - 1)))
            {
                break;
            }
            // ("Jama'ath" is keyed as one word, as `name_key` keys it.)
            let joined;
            let w = if w.len() > 1 && w.bytes().any(|b| b == b'\'' || b == 0xE2) {
                joined = name_key(w);
                joined.as_str()
            } else {
                w
            };
            let before = key.len();
            for part in w.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(part);
            }
            // (A bare apostrophe adds nothing to a name: "Ochoa's" ends at
            // "Ochoa".)
            let adds = key.len() != before || w == "." && j > i && a.word(j - 1).chars().count() <= 2;
            if let Some(r) = reg.lookup(&key) {
                if adds {
                    best = Some((j, r));
                }
            } else if j > i {
                let mut found = tails.iter().filter(|t| t.0 == key);
                if let (Some(t), None) = (found.next(), found.next()) {
                    best = Some((j, t.1));
                }
            }
        }
        match best {
            Some((j, ent)) => {
                extra.push(Mention {
                    tok: i..j + 1,
                    ent,
                    kind: reg.kind(&x.lexicon, ent),
                    actor: true,
                    anaphor: false,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    ms.extend(extra);
    split_units(x, reg, a, &mut ms);
    // A body discovered under that short name is the article's body too.
    if !tails.is_empty() {
        for m in ms.iter_mut().filter(|m| matches!(m.ent, EntRef::Dyn(_)) && m.kind == EntityKind::Agency) {
            let key = name_key(reg.name(&x.lexicon, m.ent));
            let mut found = tails.iter().filter(|t| t.0 == key).map(|t| t.1);
            if let (Some(ent), None) = (found.next(), found.next())
                && ent != m.ent
            {
                m.ent = ent;
            }
        }
    }
    let covered = coverage(a.tokens().len(), ms.iter().map(|m| m.tok.clone()));
    // Surnames: a person named in full in this document, else the only person with that surname.
    let mut in_doc: Vec<EntRef> = ms.iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.ent).collect();
    in_doc.sort_unstable();
    in_doc.dedup();
    // Where each person is first named in full: a surname refers to someone
    // already introduced ("al-Obeidi" before "Salem al-Obeidi" is named is Faraj).
    let mut first_named: rustc_hash::FxHashMap<EntRef, usize> = Default::default();
    for m in ms.iter().filter(|m| m.kind == EntityKind::Person) {
        first_named.entry(m.ent).or_insert(m.tok.start);
    }
    // The person a bare surname stood for before a namesake was introduced
    // ("Rexhepi" stays the fugitive after "Ardian Rexhepi, who shares his
    // surname" is named).
    let mut bare: Vec<(&str, EntRef)> = Vec::new();
    for i in 0..a.tokens().len() {
        if covered[i] || !a.is_capitalised(i) {
            continue;
        }
        // "al-Shimmari" for "Nawaf Jassem al-Shimmari".
        let word = a.lower_word(i);
        let word = super::mentions::ARTICLE_PREFIXES.iter().find_map(|p| word.strip_prefix(p)).unwrap_or(word);
        let ent = if let Some(cands) = reg.surnames.get(word) {
            // ("Kuwaiti investigators" is no "Abu Hamza al-Kuwaiti".)
            if x.demonym_country.contains_key(a.lower_word(i)) {
                continue;
            }
            let mut local: Vec<EntRef> =
                cands.iter().map(|c| reg.canonical(*c)).filter(|c| in_doc.binary_search(c).is_ok()).collect();
            // ("Castaño" where "Yeison Castaño Mina" and "Hernán Castaño" are both
            // named: either may be meant.)
            if let Some(second) = reg.second_surnames.get(a.lower_word(i)) {
                for c in second.iter().map(|c| reg.canonical(*c)) {
                    if in_doc.binary_search(&c).is_ok() && !local.contains(&c) {
                        local.push(c);
                    }
                }
            }
            let ent = match (local.as_slice(), cands.as_slice()) {
                ([one], _) => *one,
                ([], [one]) => reg.canonical(*one),
                _ => {
                    let mut introduced = local.iter().filter(|c| first_named.get(*c).is_some_and(|&t| t < i));
                    match (introduced.next(), introduced.next()) {
                        (Some(one), None) => *one,
                        (Some(_), Some(_)) => match bare.iter().rfind(|(w, _)| *w == word) {
                            Some(&(_, one)) => one,
                            None => continue,
                        },
                        _ => continue,
                    }
                }
            };
            if !bare.iter().any(|(w, e)| *w == word && *e == ent) {
                bare.push((word, ent));
            }
            ent
        } else if let Some(cands) = reg.second_surnames.get(a.lower_word(i)) {
            // "Valdés" for "Ricardo Valdés Ochoa": only someone named in full here.
            let mut local: Vec<EntRef> =
                cands.iter().map(|c| reg.canonical(*c)).filter(|c| in_doc.binary_search(c).is_ok()).collect();
            local.dedup();
            match local.as_slice() {
                [one] => *one,
                _ => continue,
            }
        } else {
            continue;
        };
        ms.push(Mention { tok: i..i + 1, ent, kind: EntityKind::Person, actor: true, anaphor: false });
    }
    // Given names: "Rizky" for "Rizky Aditya Pratama", when only one person
    // named in full here has it and the word stands alone.
    let mut given: rustc_hash::FxHashMap<String, Vec<EntRef>> = Default::default();
    for &e in &in_doc {
        let key = super::text::name_key(reg.name(&x.lexicon, e));
        let mut words = key.split(' ');
        if let (Some(first), Some(_)) = (words.next(), words.next())
            && first.len() >= 3
            && !super::mentions::is_kunya_start(first)
            && !super::mentions::is_stop_cap(first)
        {
            let v = given.entry(first.to_owned()).or_default();
            if !v.contains(&e) {
                v.push(e);
            }
        }
    }
    if !given.is_empty() {
        let covered = coverage(a.tokens().len(), ms.iter().map(|m| m.tok.clone()));
        for i in 0..a.tokens().len() {
            if covered[i] || !a.is_capitalised(i) || i + 1 < a.tokens().len() && a.is_capitalised(i + 1) {
                continue;
            }
            if i > 0 && a.is_capitalised(i - 1) && !covered[i - 1] {
                continue;
            }
            if let Some([one]) = given.get(a.lower_word(i)).map(Vec::as_slice) {
                ms.push(Mention { tok: i..i + 1, ent: *one, kind: EntityKind::Person, actor: true, anaphor: false });
            }
        }
    }
    add_national_forces(x, a, &mut ms);
    ms.sort_by_key(|m| m.tok.start);
    add_coordinated_demonyms(x, reg, a, &mut ms);
    add_demonym_states(x, reg, a, &mut ms);
    // "Long Name (ACR)": the acronym names the same body, here and in the rest
    // of the document, whatever the lexicon says it usually means.
    let mut local: Vec<(String, EntRef, EntityKind)> = Vec::new();
    for k in 1..ms.len() {
        let t = ms[k].tok.start;
        if ms[k].tok.len() == 1
            && t >= 1
            && ms[k - 1].tok.end + 1 == t
            && a.word(t - 1) == "("
            && a.tokens().len() > t + 1
            && a.word(t + 1) == ")"
            && super::mentions::is_acronym(a.word(t))
            && ms[k - 1].kind.is_actor()
        {
            // "the State Security Agency (ANSE)" in an article on Mali: when the
            // acronym is another lexicon body whose name holds the long name,
            // the article means that body (Mali's National State Security
            // Agency, not South Africa's State Security Agency).
            if let (EntRef::Lex(long), EntRef::Lex(acr)) = (ms[k - 1].ent, ms[k].ent)
                && long != acr
                && ms[k].kind == ms[k - 1].kind
                && {
                    let long_key = super::text::name_key(&x.lexicon.entries[long as usize].name);
                    let acr_key = super::text::name_key(&x.lexicon.entries[acr as usize].name);
                    acr_key.contains(&long_key) && acr_key.len() > long_key.len()
                }
            {
                let (from, to) = (ms[k - 1].ent, ms[k].ent);
                for m in ms.iter_mut().filter(|m| m.ent == from) {
                    m.ent = to;
                }
                continue;
            }
            let (ent, kind) = (ms[k - 1].ent, ms[k - 1].kind);
            local.push((a.word(t).to_owned(), ent, kind));
        }
    }
    for m in ms.iter_mut().filter(|m| m.tok.len() == 1) {
        if let Some((_, ent, kind)) = local.iter().find(|(acr, _, _)| a.word(m.tok.start) == acr) {
            m.ent = *ent;
            m.kind = *kind;
        }
    }
    // Merge a name with its parenthesised acronym or descriptive lead-in.
    let mut merged: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms {
        if let Some(last) = merged.last_mut() {
            let gap: Vec<&str> = (last.tok.end..m.tok.start).map(|k| a.word(k)).collect();
            if last.ent == m.ent && gap.iter().all(|g| matches!(*g, "(" | ")" | "," | "the")) && gap.len() <= 2 {
                last.tok.end = m.tok.end;
                if a.tokens().len() > last.tok.end && a.word(last.tok.end) == ")" {
                    last.tok.end += 1;
                }
                continue;
            }
        }
        merged.push(m);
    }
    // Modifiers: "Pakistan's ISI", "Turkey, Pak spy agencies" is not, "Pakistan-Afghanistan border".
    for k in 0..merged.len() {
        let end = merged[k].tok.end;
        let next_start = merged.get(k + 1).map(|n| n.tok.start);
        // "Pakistan's ISI", "the Philippines' NBI".
        let possessive = end + 1 < a.tokens().len()
            && a.word(end) == "'"
            && (a.lower_word(end + 1) == "s" || a.lower_word(end - 1).ends_with('s'));
        // "the Indonesian police counter-terrorism unit Densus 88": the body
        // named last is the one meant.
        let described = next_start.is_some_and(|n| {
            n > end
                && n <= end + 4
                && matches!(merged[k].kind, EntityKind::Agency | EntityKind::Country)
                && is_org_part(a.lower_word(n - 1))
                && (end..n).all(|k| a.lower_word(k).chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        });
        // "Pakistan-Afghanistan border": a hyphen joined to the name, not a list bullet.
        let st = merged[k].tok.start;
        let hyphen = end < a.tokens().len()
            && a.word(end) == "-"
            && a.tokens()[end].start as usize == a.tokens()[end - 1].end as usize;
        let before_hyphen =
            st > 0 && a.word(st - 1) == "-" && a.tokens()[st - 1].end as usize == a.tokens()[st].start as usize;
        let kind = merged[k].kind;
        // "the ISKP commander" names a person, not the group.
        // "RAB members had been tracking him", "ADF fighters kidnapped her":
        // many members act for the body.
        let member_noun = end < a.tokens().len()
            && matches!(kind, EntityKind::Group | EntityKind::Agency)
            && is_member_noun(a.lower_word(end))
            && !a.lower_word(end).ends_with('s');
        // "Kataib Hezbollah's fighters are enrolled in ...", "Rab's intelligence
        // wing had been tracking him": the body acts through its people or unit.
        let acting_part = possessive && {
            let after = if a.lower_word(end + 1) == "s" { end + 2 } else { end + 1 };
            // ("the agency's Special Operations Unit", "the Police
            // Administration's Sector for the Fight against Organised Crime".)
            // (Not when the part is named: "the PSNI's Terrorism Investigation
            // Unit" acts itself.)
            // ("the GKNB's Alfa special unit detained Nurbek Asanov": a name after
            // the part is not the part's.)
            // ("the Royal Malaysia Police's Special Branch": the unit named
            // right after the possessive acts, not its owner.)
            let reach = match next_start {
                Some(n) if n == after && merged[k + 1].kind == EntityKind::Agency => 0,
                Some(n) if n <= after + 1 => 2,
                _ => 4,
            };
            (after..a.tokens().len().min(after + reach)).any(|k| {
                let w = a.lower_word(k);
                is_staff_noun(w)
                    || matches!(w, "fighters" | "militants" | "gunmen" | "members" | "forces" | "units")
                    || matches!(w, "sector" | "command" | "battalion" | "brigade" | "regiment" | "detachment")
                    || matches!(
                        w,
                        "wing"
                            | "unit"
                            | "arm"
                            | "branch"
                            | "cell"
                            | "division"
                            | "department"
                            | "office"
                            | "section"
                            | "bureau"
                            | "directorate"
                            | "team"
                            | "squad"
                    )
            }) && matches!(kind, EntityKind::Group | EntityKind::Agency)
        };
        // "Harakat Sawa'ed Misr (Arms of Egypt Movement)": a name inside a
        // translation or aside of a few words acts in nothing.
        let in_aside = {
            let at = a.tokens()[st].start as usize;
            memchr::memchr(b'(', &a.lower.as_bytes()[at.saturating_sub(60)..at]).is_some()
        } && {
            let lo = st.saturating_sub(6);
            let open = (lo..st).rev().take_while(|&j| a.word(j) != ")").find(|&j| a.word(j) == "(");
            let close =
                (end..a.tokens().len().min(end + 6)).take_while(|&j| a.word(j) != "(").find(|&j| a.word(j) == ")");
            matches!((open, close), (Some(o), Some(c)) if c - o > 3)
        };
        // "the Special Task Force (STF) of Assam Police": the unit acts; the
        // body after "of" only says whose unit it is.
        let of_unit = k > 0 && st >= 2 && kind == EntityKind::Agency && {
            let u = &merged[k - 1];
            let of = if a.lower_word(st - 1) == "the" { st - 2 } else { st - 1 };
            of > 0
                && a.lower_word(of) == "of"
                && u.kind == EntityKind::Agency
                && (u.tok.end == of
                    && (super::rules::org_head(a.lower_word(of - 1)).is_some() || a.word(of - 1) == ")")
                    || u.tok.end + 3 == of && a.word(u.tok.end) == "(")
        };
        if possessive && !acting_part
            || of_unit
            || in_aside
            || described
            || member_noun
            || (next_start == Some(end) && kind == EntityKind::Country)
            || hyphen
            || before_hyphen
            || !kind.is_actor()
            || reg.is_byline(merged[k].ent)
        {
            merged[k].actor = false;
        }
    }
    troops_of_the_army(x, reg, a, &mut merged);
    merged
}

/// "Nigerian troops" where the article names the Nigerian Army: the army's
/// soldiers, not the armed forces as a whole (a second node for one force).
fn troops_of_the_army(x: &Extractor, reg: &Registry, a: &DocAnalysis, ms: &mut [Mention]) {
    let role = |e: EntRef, r: &str| match e {
        EntRef::Lex(i) => x.lexicon.entries[i as usize].role.as_deref() == Some(r),
        EntRef::Dyn(_) => false,
    };
    let country = |e: EntRef| match e {
        EntRef::Lex(i) => x.lexicon.entries[i as usize].country.as_deref(),
        EntRef::Dyn(_) => None,
    };
    let mut armies: Vec<EntRef> = ms.iter().filter(|m| !m.anaphor && role(m.ent, "army")).map(|m| m.ent).collect();
    armies.sort_unstable();
    armies.dedup();
    if armies.is_empty() {
        return;
    }
    // (Also "the military said", a short reference to the armed forces.)
    for m in ms.iter_mut().filter(|m| role(m.ent, "military") && !m.tok.is_empty()) {
        let last = a.lower_word(m.tok.end - 1);
        if !matches!(last, "troops" | "soldiers" | "army" | "military") {
            continue;
        }
        let c = country(m.ent);
        let mut same = armies.iter().filter(|&&e| c.is_some() && country(e) == c);
        if let (Some(&army), None) = (same.next(), same.next()) {
            m.ent = reg.canonical(army);
        }
    }
}

/// "the Special Branch of the Royal Malaysia Police", discovered as one
/// name: the unit is named by its own words, and the body the lexicon knows
/// after "of" is a mention of its own (which only qualifies the unit).
fn split_units(x: &Extractor, reg: &Registry, a: &DocAnalysis, ms: &mut Vec<Mention>) {
    let mut parents = Vec::new();
    for m in ms.iter_mut() {
        if !matches!(m.ent, EntRef::Dyn(_)) || !matches!(m.kind, EntityKind::Agency | EntityKind::Group) {
            continue;
        }
        let Some((of, from)) = a.unit_of_owner(&m.tok) else { continue };
        let Some(e) = x.find_form(a.original(from..m.tok.end)) else { continue };
        let kind = x.lexicon.entries[e].kind;
        if !matches!(kind, EntityKind::Agency | EntityKind::Group) {
            continue;
        }
        // ("the Intelligence Service of the Armed Forces of the Philippines
        // (ISAFP)": an acronym of the whole name makes it one body's name.)
        let end = m.tok.end;
        if end + 2 < a.tokens().len()
            && a.word(end) == "("
            && a.word(end + 2) == ")"
            && x.find_form(a.word(end + 1)) != Some(e)
        {
            continue;
        }
        let ent = reg.canonical(EntRef::Lex(e as u32));
        if ent == m.ent {
            continue;
        }
        parents.push(Mention { tok: from..end, ent, kind, actor: false, anaphor: false });
        m.tok.end = of;
        // ("Special Branch" of the Royal Malaysia Police: the lexicon's
        // "Special Branch (Malaysia)".)
        if let Some(country) = x.lexicon.entries[e].country.as_deref().and_then(|c| x.lexicon.find(c))
            && let Some(unit) = x.country_form(a.original(m.tok.clone()), country)
        {
            m.ent = reg.canonical(EntRef::Lex(unit as u32));
        }
    }
    ms.extend(parents);
    ms.sort_by_key(|m| m.tok.start);
    // "the Royal Malaysia Police's Special Branch": the lexicon's unit of
    // that country by that name, as after "of".
    for k in 1..ms.len() {
        let (owner, unit) = (&ms[k - 1], &ms[k]);
        let e = owner.tok.end;
        let possessive = e < a.tokens().len()
            && a.word(e) == "'"
            && (unit.tok.start == e + 2 && a.lower_word(e + 1) == "s"
                || unit.tok.start == e + 1 && a.lower_word(e - 1).ends_with('s'));
        if !possessive || unit.kind != EntityKind::Agency || !matches!(unit.ent, EntRef::Dyn(_)) {
            continue;
        }
        let EntRef::Lex(o) = owner.ent else { continue };
        if let Some(country) = x.lexicon.entries[o as usize].country.as_deref().and_then(|c| x.lexicon.find(c))
            && let Some(found) = x.country_form(a.original(unit.tok.clone()), country)
        {
            ms[k].ent = reg.canonical(EntRef::Lex(found as u32));
        }
    }
}

/// A person's part in a group's crimes: "a Los Choneros hitman".
fn is_role_noun(w: &str) -> bool {
    matches!(
        w,
        "hitman"
            | "gunman"
            | "courier"
            | "smuggler"
            | "trafficker"
            | "enforcer"
            | "accountant"
            | "lieutenant"
            | "boss"
            | "kingpin"
            | "facilitator"
            | "bomb-maker"
            | "bombmaker"
            | "sub-leader"
    )
}

/// "his wife", "her brother": a person's own relative, before the name
/// ("A and his wife B").
fn is_own_relative(possessive: &str, noun: &str) -> bool {
    matches!(possessive, "his" | "her" | "their") && is_human_noun(noun) && !noun.ends_with('s')
}

/// Those who fight for a body: its staff, or "mercenaries", "fighters".
fn is_fighting_staff(w: &str) -> bool {
    is_staff_noun(w) || matches!(w, "mercenaries" | "paramilitaries" | "fighters" | "militants")
}

/// People who act for an agency: "officers", "agents", "investigators".
fn is_staff_noun(w: &str) -> bool {
    matches!(
        w,
        "officers"
            | "agents"
            | "gendarmes"
            | "policemen"
            | "investigators"
            | "detectives"
            | "soldiers"
            | "troops"
            | "guards"
            | "operatives"
            | "commandos"
            | "marines"
            | "sailors"
            | "airmen"
            | "paratroopers"
            | "servicemen"
            | "personnel"
    )
}

/// Whether a word may start a reference back: a pronoun, "the", a body's
/// generic name or a staff noun. (Most words are turned away by their first
/// letter, before any comparison.)
fn starts_reference(w: &str) -> bool {
    let Some(&first) = w.as_bytes().first() else { return false };
    if !matches!(first, b'a' | b'c' | b'd' | b'g' | b'h' | b'i' | b'j' | b'm' | b'n' | b'o' | b'p' | b's' | b't') {
        return false;
    }
    is_person_pronoun(w)
        || matches!(
            w,
            "his"
                | "its"
                | "their"
                | "it"
                | "the"
                | "they"
                | "army"
                | "police"
                | "military"
                | "junta"
                | "navy"
                | "gendarmes"
                | "gendarmerie"
                | "ministry"
        )
        || is_staff_noun(w)
}

/// Words that may join a person to a role phrase about them.
fn is_linking_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "," | "a"
                | "an"
                | "the"
                | "is"
                | "was"
                | "are"
                | "were"
                | "as"
                | "former"
                | "senior"
                | "top"
                | "one"
                | "of"
                | "who"
                | "became"
                | "becomes"
                | "working"
                | "serving"
                | "posing"
                | "served"
                | "serves"
                | "being"
                | "remains"
                | "remained"
                | "now"
                | "also"
                | "once"
                | "key"
                | "veteran"
                | "alleged"
                | "allegedly"
                | "suspected"
                | "self-styled"
                | "local"
                | "regional"
                | "military"
                | "media"
                | "high-ranking"
                | "highest-ranking"
                | "ranking"
                | "mid-level"
                | "prominent"
                | "notorious"
                | "longtime"
                | "long-time"
                | "then"
                | "named"
                | "appointed"
                | "acting"
                | "reputed"
                | "described"
                | "identified"
                | "onetime"
                | "one-time"
                | "previously"
                | "said"
                | "to"
                | "be"
                | "believed"
                | "reportedly"
                | "still"
                | "has"
                | "had"
                | "been"
                | "'"
                | "s"
                | "its"
                | "their"
                | "wanted"
                | "most"
                | "important"
                | "influential"
                | "well-known"
                | "known"
                | "trusted"
                | "chief"
                | "deputy"
                | "de"
                | "facto"
                | "himself"
                | "herself"
        )
}

/// Nouns for one member of a group (as opposed to "officials" or "forces",
/// who act for it).
fn is_member_noun(w: &str) -> bool {
    matches!(
        w,
        "commander"
            | "leader"
            | "member"
            | "members"
            | "militant"
            | "fighter"
            | "spokesman"
            | "spokesperson"
            | "spokeswoman"
            | "chief"
            | "founder"
            | "emir"
            | "amir"
            | "deputy"
            | "recruiter"
            | "financier"
            | "suspect"
            | "operative"
            | "ideologue"
            | "cleric"
            | "defector"
            | "informant"
            | "loyalist"
            | "terrorist"
            | "jihadist"
    )
}

/// Nouns for one who backs another: "supplier", "the main backer".
fn is_backer(phrase: &str) -> bool {
    matches!(phrase.rsplit(' ').next(), Some("supplier" | "suppliers" | "backer" | "backers" | "sponsor" | "patron"))
}

/// Whether token `j` is one of `words` (false past the end).
fn w_is(ctx: &Ctx, j: usize, words: &[&str]) -> bool {
    j < ctx.a.tokens().len() && words.contains(&ctx.w(j))
}

/// "cooperation between the Thai and Malaysian police", "French, Belgian and
/// Spanish investigators": each country's body, where the lexicon knows the
/// last one's form with the other adjectives.
fn add_coordinated_demonyms(x: &Extractor, reg: &Registry, a: &DocAnalysis, ms: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let start = m.tok.start;
        if start < 2 || !matches!(m.kind, EntityKind::Agency) || m.tok.len() < 2 {
            continue;
        }
        // The written name is an adjective and the body's noun: "Malaysian police".
        let first = a.lower_word(start);
        if !x.demonym_country.contains_key(first) {
            continue;
        }
        let rest = a.original(start + 1..m.tok.end);
        // (Plain words for a force only: "Kenyan and Somali security officials" are no bodies.)
        if !matches!(
            rest.to_lowercase().as_str(),
            "police"
                | "intelligence"
                | "army"
                | "troops"
                | "forces"
                | "military"
                | "navy"
                | "security forces"
                | "armed forces"
        ) {
            continue;
        }
        let mut j = start;
        while j >= 2 && matches!(a.lower_word(j - 1), "and" | ",") {
            let adj = j - 2;
            let free = k == 0 || ms[k - 1].tok.end <= adj || added.iter().any(|x: &Mention| x.tok.start == adj + 1);
            if !free || !x.demonym_country.contains_key(a.lower_word(adj)) || !a.is_capitalised(adj) {
                break;
            }
            let Some(e) = x.find_form(&format!("{} {rest}", a.word(adj))) else { break };
            let ent = reg.canonical(EntRef::Lex(e as u32));
            added.push(Mention { tok: adj..adj + 1, ent, kind: EntityKind::Agency, actor: true, anaphor: false });
            j = adj;
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.tok.start);
    }
}

/// "an insurgency against the Pakistani state", "the Kenyan government": the country.
fn add_demonym_states(x: &Extractor, reg: &Registry, a: &DocAnalysis, ms: &mut Vec<Mention>) {
    let mut added = Vec::new();
    let covered = coverage(a.tokens().len(), ms.iter().map(|m| m.tok.clone()));
    for i in 1..a.tokens().len().saturating_sub(1) {
        if covered[i]
            || covered[i + 1]
            || a.lower_word(i - 1) != "the"
            || !a.is_capitalised(i)
            || !matches!(a.lower_word(i + 1), "state" | "government")
            || (i + 2 < a.tokens().len() && a.lower_word(i + 2) == "of")
        {
            continue;
        }
        if let Some(&c) = x.demonym_country.get(a.lower_word(i)) {
            let ent = reg.canonical(EntRef::Lex(c as u32));
            added.push(Mention { tok: i..i + 2, ent, kind: EntityKind::Country, actor: true, anaphor: false });
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.tok.start);
    }
}

/// "Kuwaiti investigators", "Rwandan officers", "Thai troops": the body of
/// that country the article names most (a military one for troops), when the
/// article names one. Nothing else says which of a country's bodies acted.
fn add_national_forces(x: &Extractor, a: &DocAnalysis, ms: &mut Vec<Mention>) {
    let mut covered: Option<Vec<bool>> = None;
    let mut agencies: Option<Vec<(usize, &crate::extract::lexicon::Entry, String)>> = None;
    let mut added = Vec::new();
    for i in 0..a.tokens().len().saturating_sub(1) {
        let noun = a.lower_word(i + 1);
        let military =
            matches!(noun, "troops" | "soldiers" | "forces" | "commandos" | "warplanes" | "jets" | "contingent");
        let detectives = noun == "detectives";
        let staff = matches!(
            noun,
            "officers"
                | "investigators"
                | "agents"
                | "security"
                | "interrogators"
                | "operatives"
                | "spies"
                | "counterparts"
        );
        if !(military || staff || detectives) {
            continue;
        }
        // "a Pakistani security official said": a person, not the body.
        if i + 2 < a.tokens().len() && {
            let after = a.lower_word(i + 2);
            x.rules.roles.contains(after)
                || matches!(
                    after,
                    "source"
                        | "sources"
                        | "analyst"
                        | "analysts"
                        | "expert"
                        | "experts"
                        | "researcher"
                        | "establishment"
                        | "services"
                        | "agencies"
                        | "apparatus"
                        | "situation"
                        | "forces"
                        | "personnel"
                        | "cooperation"
                )
        } {
            continue;
        }
        let Some(&country) = x.demonym_country.get(a.lower_word(i)) else { continue };
        let country = super::text::name_key(&x.lexicon.entries[country].name);
        let covered = covered.get_or_insert_with(|| coverage(a.tokens().len(), ms.iter().map(|m| m.tok.clone())));
        if covered[i] || covered[i + 1] {
            continue;
        }
        // The article's lexicon agencies with their country's key, computed once.
        let agencies = agencies.get_or_insert_with(|| {
            ms.iter()
                .enumerate()
                .filter_map(|(k, m)| {
                    let EntRef::Lex(e) = m.ent else { return None };
                    let entry = &x.lexicon.entries[e as usize];
                    let c = entry.country.as_deref().filter(|_| entry.kind == EntityKind::Agency)?;
                    Some((k, entry, super::text::name_key(c)))
                })
                .collect::<Vec<_>>()
        });
        let mut counts: Vec<(EntRef, usize, usize)> = Vec::new();
        for &(k, entry, ref c) in agencies.iter() {
            if *c != country {
                continue;
            }
            let m = &ms[k];
            let fits = match entry.role.as_deref() {
                Some("military" | "army" | "air_force" | "navy") => true,
                Some("police") => !military,
                Some("intelligence" | "security" | "counterterrorism" | "border") => !military && !detectives,
                _ => false,
            };
            if !fits {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == m.ent) {
                Some(c) => c.1 += 1,
                None => counts.push((m.ent, 1, k)),
            }
        }
        // The most named; of equals, the first named.
        counts.sort_by_key(|c| (std::cmp::Reverse(c.1), c.2));
        if let Some(&(ent, _, _)) = counts.first() {
            added.push(Mention { tok: i..i + 2, ent, kind: EntityKind::Agency, actor: true, anaphor: false });
        }
    }
    ms.extend(added);
}

/// The age in "29-year-old".
fn year_old(w: &str) -> Option<&str> {
    w.strip_suffix("-year-old").filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The one entity a list names, however often.
fn only_one(mut ents: Vec<EntRef>) -> Option<EntRef> {
    ents.sort_unstable();
    ents.dedup();
    match ents.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Resolves pronouns and short references to the entity they point back to,
/// when that reading is unambiguous.
fn add_anaphors(a: &DocAnalysis, ms: &mut Vec<Mention>, name_of: &dyn Fn(EntRef) -> String) {
    let mut added: Vec<Mention> = Vec::new();
    let mut sent_of = vec![0usize; a.tokens().len()];
    for (k, s) in a.sentences.iter().enumerate() {
        for t in s.tok.clone() {
            sent_of[t] = k;
        }
    }
    let mut covered = vec![false; a.tokens().len()];
    let mut ends_here = vec![false; a.tokens().len() + 1];
    for m in ms.iter() {
        for t in m.tok.clone() {
            covered[t] = true;
        }
        ends_here[m.tok.end] = true;
    }
    // Lower-case names of the bodies a generic "army" or "police" may mean.
    let mut names: rustc_hash::FxHashMap<EntRef, String> = Default::default();
    // How often each entity was named before the current token.
    let mut named_so_far: rustc_hash::FxHashMap<EntRef, usize> = Default::default();
    let mut next_m = 0;
    // Most recent actor mention of each kind: (mention index, token).
    let mut last: Vec<(EntityKind, usize, usize)> = Vec::new();
    let mut last_human_noun: Option<usize> = None;
    // Staff nouns said of a body ("ATPU detectives"), with the body.
    let mut staff_of: Vec<(&str, EntRef)> = Vec::new();
    // The person named before the last one: (mention index, token).
    let mut prev_person: Option<(usize, usize)> = None;
    for i in 0..a.tokens().len() {
        while next_m < ms.len() && ms[next_m].tok.start <= i {
            let m = &ms[next_m];
            *named_so_far.entry(m.ent).or_default() += 1;
            // A body only cited ("according to a statement from the National
            // Police Service") is not what "detectives" or "the agency" refer to.
            let opens = a.sentences[sent_of[m.tok.start]].tok.start;
            let cited = (m.tok.start.saturating_sub(6).max(opens)..m.tok.start).any(|j| {
                matches!(a.lower_word(j), "according" | "statement" | "spokesman" | "spokesperson" | "report")
            });
            // (Nor is the body that only says whose unit another is: "the
            // Immigration Bureau of the Royal Thai Police said it had ...".)
            let owner = !m.actor && {
                let t = m.tok.start;
                let of = if t >= 2 && a.lower_word(t - 1) == "the" { Some(t - 2) } else { t.checked_sub(1) };
                of.is_some_and(|of| a.lower_word(of) == "of")
            };
            if (m.actor || m.kind.is_actor()) && !owner && !(cited && last.iter().any(|l| l.0 == m.kind)) {
                if m.kind == EntityKind::Person
                    && let Some(l) = last.iter().find(|l| l.0 == EntityKind::Person)
                    && ms[l.1].ent != m.ent
                {
                    prev_person = Some((l.1, l.2));
                }
                last.retain(|l| l.0 != m.kind);
                last.push((m.kind, next_m, m.tok.start));
            }
            next_m += 1;
        }
        let w = a.lower_word(i);
        // "Abu Sayyaf fighters" names many; only one unnamed person stands
        // between "he" and the one named before.
        if is_human_noun(w) && !covered[i] && !w.ends_with('s') && !matches!(w, "people" | "men" | "women" | "children")
        {
            last_human_noun = Some(i);
        }
        // (Only these words start a reference back; the tests below are many.)
        if !starts_reference(w) {
            continue;
        }
        // (A name closing the sentence before is no part of this one.)
        let prev_is_mention = ends_here[i] && i > 0 && sent_of[i - 1] == sent_of[i];
        let next_w = if i + 1 < a.tokens().len() { a.lower_word(i + 1) } else { "" };
        // "handed over to SERNIC, whose officers ...": that body's.
        if is_staff_noun(w)
            && !covered[i]
            && i >= 3
            && a.lower_word(i - 1) == "whose"
            && a.word(i - 2) == ","
            && let Some(x) = ms[..next_m].iter().rev().find(|x| {
                (x.tok.end == i - 2 || x.tok.end + 1 == i - 2 && a.word(i - 3) == ")")
                    && matches!(x.kind, EntityKind::Agency | EntityKind::Group)
            })
        {
            added.push(Mention { tok: i..i + 1, ent: x.ent, kind: x.kind, actor: true, anaphor: true });
            continue;
        }
        // "ATPU detectives ... detectives had been trailing him": the body
        // whose staff the noun named before.
        if is_staff_noun(w) && !covered[i] {
            if prev_is_mention
                && let Some(x) = ms[..next_m].iter().rev().find(|x| x.tok.end == i)
                && x.kind == EntityKind::Agency
            {
                staff_of.retain(|s| s.0 != w);
                staff_of.push((w, x.ent));
            } else if !prev_is_mention
                && let Some(&(_, ent)) = staff_of.iter().find(|s| s.0 == w)
                && !(i > 0 && sent_of[i - 1] == sent_of[i] && a.is_capitalised(i - 1))
                && !(i > 0 && matches!(a.lower_word(i - 1), "its" | "their" | "his" | "her" | "our" | "'"))
                && !matches!(next_w, "of" | "from" | "with" | "for")
            {
                added.push(Mention { tok: i..i + 1, ent, kind: EntityKind::Agency, actor: true, anaphor: true });
                continue;
            }
        }
        // "The IRGC said they had killed four Jaish al-Adl fighters": the body
        // that spoke.
        // ("The army said it had detained X": the same, through a short
        // reference just resolved.)
        if matches!(w, "they" | "it") && !covered[i] {
            let verb = if i >= 2 && a.lower_word(i - 1) == "that" { i - 2 } else { i.saturating_sub(1) };
            if verb > 0
                && matches!(a.lower_word(verb), "said" | "says" | "added" | "stated" | "announced" | "claimed")
                && let Some(m) = ms[..next_m]
                    .iter()
                    .rev()
                    .find(|m| m.tok.end == verb)
                    .or_else(|| added.iter().rev().find(|m| m.tok.end == verb))
                && m.actor
                && (matches!(m.kind, EntityKind::Agency | EntityKind::Group)
                    || w == "it" && m.kind == EntityKind::Country)
            {
                let (ent, kind) = (m.ent, m.kind);
                added.push(Mention { tok: i..i + 1, ent, kind, actor: true, anaphor: true });
                continue;
            }
        }
        // "Its leader" names the body for the role rules only: "met with its
        // leader, X" is a meeting with X.
        let role_noun = |n: &str| {
            !is_staff_noun(n) && (is_member_noun(n) || matches!(n, "head" | "founder" | "members" | "leaders"))
        };
        // ("Its current leader is X": past one modifier.)
        let role_ref = matches!(w, "its" | "their")
            && (role_noun(next_w)
                || i + 2 < a.tokens().len()
                    && matches!(next_w, "current" | "new" | "former" | "late")
                    && role_noun(a.lower_word(i + 2)));
        // "the gang's leader, Jonas Dérisier": the same, through a short reference.
        // ("the party's general secretary, X": past one modifier.)
        let possessed_role = w == "the"
            && i + 4 < a.tokens().len()
            && a.word(i + 2) == "'"
            && a.lower_word(i + 3) == "s"
            && (role_noun(a.lower_word(i + 4))
                || i + 5 < a.tokens().len()
                    && matches!(
                        a.lower_word(i + 4),
                        "general" | "senior" | "top" | "chief" | "deputy" | "military" | "political" | "former"
                    )
                    && (role_noun(a.lower_word(i + 5)) || a.lower_word(i + 5) == "secretary"));
        let body_role = matches!(w, "army" | "police" | "military" | "junta" | "navy" | "gendarmerie" | "ministry")
            && matches!(next_w, "spokesman" | "spokesperson" | "spokeswoman" | "chief" | "commander");
        // "Deputy Inspector-General of Police Azmi Harun", "the Commissioner of
        // Police, CP Usman Dalhatu": a rank of the article's police.
        let body_role = body_role
            || w == "police"
                && i >= 2
                && a.lower_word(i - 1) == "of"
                && matches!(
                    a.lower_word(i - 2),
                    "inspector-general"
                        | "general"
                        | "commissioner"
                        | "superintendent"
                        | "inspector"
                        | "director"
                        | "chief"
                        | "commander"
                        | "head"
                );
        // "attacked army positions", "ambushed a police patrol", "stormed a
        // military post": the article's army or police, as a target.
        let body_site = matches!(w, "army" | "police" | "military" | "navy")
            && matches!(
                next_w,
                "positions"
                    | "position"
                    | "patrol"
                    | "patrols"
                    | "post"
                    | "posts"
                    | "convoy"
                    | "convoys"
                    | "base"
                    | "bases"
                    | "checkpoint"
                    | "checkpoints"
                    | "camp"
                    | "outpost"
                    | "outposts"
                    | "barracks"
            );
        // ("a military base manned by Ethiopian troops" names its own army.)
        let body_site = body_site && {
            let (lo, hi) = (ms.partition_point(|m| m.tok.start < i + 2), ms.partition_point(|m| m.tok.start < i + 7));
            !ms[lo..hi].iter().any(|m| matches!(m.kind, EntityKind::Country | EntityKind::Agency))
        };
        // "Police arrested X", "was detained by police": the article's police.
        let prev_w = if i > 0 { a.lower_word(i - 1) } else { "" };
        let bare_police = w == "police"
            && !(i > 0 && a.is_capitalised(i - 1) && a.lower_word(i - 1) != "by")
            && (prev_w == "by"
                // ("Police had been tracking Yalçın's communications".)
                || matches!(next_w, "had" | "have" | "has")
                    && i + 2 < a.tokens().len()
                    && (a.lower_word(i + 2) == "been" || a.lower_word(i + 2).ends_with("ed"))
                || matches!(
                    next_w,
                    "arrested"
                        | "detained"
                        | "captured"
                        | "apprehended"
                        | "questioned"
                        | "interrogated"
                        | "tracked"
                        | "raided"
                        | "rescued"
                        | "freed"
                        | "released"
                        | "seized"
                        | "nabbed"
                        | "picked"
                ));
        // "was arrested by gendarmes": the article's gendarmerie.
        // ("detained by the gendarmerie's Research Section": its unit.)
        let bare_gendarmes = w == "gendarmes" && prev_w == "by"
            || w == "gendarmerie" && prev_w == "the" && i >= 2 && a.lower_word(i - 2) == "by";
        let body_site = body_site || bare_police || bare_gendarmes;
        // Any of these is the article's body of that sort.
        let generic_body = body_role || body_site;
        // A capitalised qualifier inside the sentence: "Rwandan officers".
        let qualified = i > 0
            && sent_of[i - 1] == sent_of[i]
            && i - 1 > a.sentences[sent_of[i]].tok.start
            && a.is_capitalised(i - 1);
        // ("until his arrest by Dubai Police": the one arrested.)
        let event = matches!(
            next_w,
            "arrest"
                | "capture"
                | "detention"
                | "extradition"
                | "deportation"
                | "release"
                | "abduction"
                | "interrogation"
        );
        let (want, tok) = if is_person_pronoun(w) && w != "her" || w == "his" && (is_traceable(next_w) || event) {
            (EntityKind::Person, i..i + 1)
        } else if is_staff_noun(w)
            && !prev_is_mention
            && !matches!(next_w, "of" | "from" | "with" | "for")
            && !qualified
        {
            // "officers had captured him": the agency last named. ("Rwandan
            // officers" are another country's.)
            (EntityKind::Agency, i..i + 1)
        } else if generic_body && !prev_is_mention && !covered[i] {
            // "army spokesman Colonel Abdourahamane Sidibé": the army the
            // article names, for the role rules.
            (EntityKind::Agency, i..i + 1)
        } else if matches!(w, "its" | "their")
            && matches!(next_w, "fighters" | "militants" | "gunmen" | "members" | "cadres" | "operatives")
        {
            // "seized by its fighters": the group last named.
            (EntityKind::Group, i..i + 2)
        } else if matches!(w, "its" | "their") && is_staff_noun(next_w) {
            (EntityKind::Agency, i..i + 2)
        } else if role_ref {
            // "Its leader, Marco Camacho": the group or agency named last; the
            // role noun stays for the role rules.
            let latest = |k: EntityKind| last.iter().find(|l| l.0 == k).map(|l| l.2);
            match (latest(EntityKind::Group), latest(EntityKind::Agency)) {
                (Some(g), Some(ag)) if ag > g => (EntityKind::Agency, i..i + 1),
                (None, Some(_)) => (EntityKind::Agency, i..i + 1),
                (Some(_), _) => (EntityKind::Group, i..i + 1),
                (None, None) => continue,
            }
        } else if w == "it"
            && i + 1 < a.tokens().len()
            && (matches!(next_w, "had" | "has" | "was" | "said" | "is")
                // ("It also questioned his cousin": opening a sentence.)
                || (matches!(next_w, "also" | "later" | "then" | "subsequently" | "added")
                    || next_w.ends_with("ed") && next_w.len() > 4)
                    && a.sentences[sent_of[i]].tok.start == i)
        {
            // "The AA is the armed wing of the ULA, which ... It is also part of
            // the Three Brotherhood Alliance": the group the sentence before
            // opened on.
            let here = sent_of[i];
            if here > 0 && i == a.sentences[here].tok.start {
                let prev = &a.sentences[here - 1];
                let opener = ms[..next_m].iter().rev().take_while(|x| x.tok.start >= prev.tok.start).find(|x| {
                    !x.anaphor
                        && (x.tok.start == prev.tok.start
                            || x.tok.start == prev.tok.start + 1 && a.lower_word(prev.tok.start) == "the")
                });
                if let Some(x) = opener
                    && x.kind == EntityKind::Group
                {
                    added.push(Mention { tok: i..i + 1, ent: x.ent, kind: x.kind, actor: true, anaphor: true });
                    continue;
                }
            }
            (EntityKind::Agency, i..i + 1)
        } else if w == "the" && i + 1 < a.tokens().len() && !covered[i + 1] {
            // "the Bureau of Jail Management" is a name, not a reference back.
            if i + 2 < a.tokens().len() && (a.lower_word(i + 2) == "of" || a.is_capitalised(i + 2)) {
                continue;
            }
            // ("the militant group Hasm", "the banned militant outfit Ansar
            // al-Islam": a noun that goes on to a body's noun, or to a name, is
            // no reference back; "the battalion commander" still is, for the
            // role rules.)
            let goes_on = |e: usize| {
                e < a.tokens().len()
                    && (covered[e]
                        || a.is_capitalised(e)
                        || short_reference(a.lower_word(e)).is_some_and(|k| k != EntityKind::Person))
            };
            // "the 29-year-old", "the 29-year-old Syrian", "the Syrian national":
            // a person described by age or nationality.
            if year_old(a.lower_word(i + 1)).is_some() {
                // ("the 29-year-old Syrian": the nationality may stay a mention of its own.)
                let end =
                    if i + 2 < a.tokens().len() && a.is_capitalised(i + 2) && !covered[i + 2] { i + 3 } else { i + 2 };
                if end < a.tokens().len() && !covered[end] && a.is_capitalised(end) {
                    continue;
                }
                (EntityKind::Person, i..end)
            } else if i + 2 < a.tokens().len()
                && a.is_capitalised(i + 1)
                && matches!(a.lower_word(i + 2), "national" | "citizen")
            {
                (EntityKind::Person, i..i + 3)
            } else {
                match short_reference(a.lower_word(i + 1)) {
                    Some(_) if i + 2 < a.tokens().len() && !covered[i + 2] && goes_on(i + 2) => {
                        match short_reference(a.lower_word(i + 2)) {
                            Some(k) if !goes_on(i + 3) => (k, i..i + 3),
                            _ => continue,
                        }
                    }
                    // "the group" but not "the group's media wing" of another group.
                    Some(k) => (k, i..i + 2),
                    // "the elite force", "the militant group", "the spy agency".
                    None if i + 2 < a.tokens().len()
                        && !covered[i + 2]
                        && (matches!(
                            a.lower_word(i + 1),
                            "elite"
                                | "paramilitary"
                                | "security"
                                | "spy"
                                | "intelligence"
                                | "counter-terrorism"
                                | "counterterrorism"
                                | "anti-terror"
                                | "militant"
                                | "armed"
                                | "jihadist"
                                | "rebel"
                                | "extremist"
                                | "insurgent"
                                | "secret"
                                | "special"
                                | "criminal"
                                | "separatist"
                                | "banned"
                                | "outlawed"
                                | "proscribed"
                        )) =>
                    {
                        match short_reference(a.lower_word(i + 2)) {
                            Some(k) if !goes_on(i + 3) => (k, i..i + 3),
                            _ => continue,
                        }
                    }
                    None => continue,
                }
            }
        } else {
            continue;
        };
        if covered[i] {
            continue;
        }
        // "army spokesman X": the article's army, "police chief X" its
        // police: the body of that sort named most so far, if any. "The army
        // arrested him": the same, never an intelligence service named last.
        let sort_noun = if generic_body {
            w
        } else if w == "the" && matches!(want, EntityKind::Agency) {
            a.lower_word(tok.end - 1)
        } else {
            ""
        };
        if generic_body || matches!(sort_noun, "army" | "military" | "police" | "navy") {
            let sort: &[&str] = match sort_noun {
                "police" => &["police", "gendarmerie", "carabin"],
                "ministry" => &["ministry"],
                "gendarmes" | "gendarmerie" => &["gendarmerie", "gendarmería"],
                "navy" => &["navy", "naval"],
                _ => &["army", "armed forces", "defence forces", "defense forces", "military", "tatmadaw"],
            };
            let best = ms[..next_m]
                .iter()
                .filter(|x| x.kind == EntityKind::Agency && !x.anaphor)
                // (A county's police commander serves the national police, not
                // its anti-terror unit.)
                .filter(|x| {
                    let name = names.entry(x.ent).or_insert_with(|| name_of(x.ent));
                    sort.iter().any(|n| name.contains(n))
                        && !["unit", "squad", "team", "task force", "detachment"].iter().any(|u| name.contains(u))
                        // ("Military Security", "Military Intelligence": not the army.)
                        && !(sort_noun != "police" && ["security", "intelligence", "court"].iter().any(|u| name.contains(u)))
                })
                .max_by_key(|x| named_so_far.get(&x.ent).copied().unwrap_or(0));
            if let Some(x) = best {
                added.push(Mention { tok, ent: x.ent, kind: want, actor: body_site || !generic_body, anaphor: true });
            }
            continue;
        }
        // "the Southern Transitional Council (STC), the separatist movement
        // backed by the UAE": a description in apposition names what it follows.
        if w == "the" && i >= 2 && a.word(i - 1) == "," {
            let before = if a.word(i - 2) == ")" && i >= 5 && a.word(i - 4) == "(" { i - 4 } else { i - 1 };
            let body = |k: EntityKind| matches!(k, EntityKind::Group | EntityKind::Agency | EntityKind::Organization);
            if let Some(m) = ms[..next_m].iter().rev().find(|m| m.tok.end == before || m.tok.end == i - 1)
                && (m.kind == want || body(m.kind) && body(want))
            {
                added.push(Mention { tok, ent: m.ent, kind: m.kind, actor: true, anaphor: true });
                continue;
            }
        }
        let Some(&(_, mut m, mut at)) = last.iter().find(|l| l.0 == want) else {
            continue;
        };
        // "AQAP ... has stepped up attacks, while also fighting the Houthis.
        // The group is led by X": a sentence opening on "the group" goes on
        // about the body the sentence before opened on, not its object.
        let here = sent_of[i];
        if w == "the"
            && tok.len() == 2
            && here > 0
            && i == a.sentences[here].tok.start
            && matches!(want, EntityKind::Group | EntityKind::Agency)
        {
            let prev = &a.sentences[here - 1];
            let opening =
                ms[..next_m].iter().enumerate().rev().take_while(|(_, x)| x.tok.start >= prev.tok.start).find(
                    |(_, x)| {
                        x.kind == want
                            && !x.anaphor
                            && (x.tok.start == prev.tok.start
                                || x.tok.start == prev.tok.start + 1 && a.lower_word(prev.tok.start) == "the")
                    },
                );
            if let Some((k, x)) = opening {
                (m, at) = (k, x.tok.start);
            }
        }
        // "Gaddafi's security service arrested him": not the possessor in the
        // same sentence, but the person named before.
        // ("raided al-Dulaimi's shop and detained him": a thing of his, so him.)
        let owned = |k: usize| {
            k < a.tokens().len()
                && matches!(
                    a.lower_word(k),
                    "shop"
                        | "house"
                        | "home"
                        | "apartment"
                        | "flat"
                        | "office"
                        | "farm"
                        | "car"
                        | "hideout"
                        | "residence"
                )
        };
        if matches!(w, "him" | "her")
            && sent_of[at] == sent_of[i]
            && ms[m].tok.end + 1 < a.tokens().len()
            && a.word(ms[m].tok.end) == "'"
            && a.lower_word(ms[m].tok.end + 1) == "s"
            && !owned(ms[m].tok.end + 2)
        {
            match prev_person {
                Some((pm, pat)) => (m, at) = (pm, pat),
                None => continue,
            }
        }
        // '"He was planning attacks," said X': inside a quote, "he" is not the
        // one quoted (nor "him"): the person named before.
        let quoted = matches!(a.word(a.sentences[here].tok.start), "\"" | "\u{201c}");
        if want == EntityKind::Person && quoted && super::mentions::is_speaker(a, ms[m].tok.clone()) {
            match prev_person {
                Some((pm, pat)) if !super::mentions::is_speaker(a, ms[pm].tok.clone()) => (m, at) = (pm, pat),
                _ => continue,
            }
        }
        // ('"The TID will question him," SSP Wickramage said': never the one
        // who speaks the quote.)
        let speaker = (want == EntityKind::Person && quoted)
            .then(|| {
                let end = a.sentences[here].tok.end;
                ms.iter()
                    .skip_while(|x| x.tok.start <= i)
                    .take_while(|x| x.tok.start < end)
                    .find(|x| x.kind == EntityKind::Person && !x.anaphor)
                    .map(|x| x.ent)
            })
            .flatten();
        if speaker == Some(ms[m].ent) {
            continue;
        }
        // (A person named further back is meant when no one else was named since.)
        let alone = want == EntityKind::Person && matches!(w, "him" | "her") && sent_of[i] <= sent_of[at] + 4 && {
            let lo = a.sentences[sent_of[at]].tok.start;
            let (from, to) = (ms.partition_point(|x| x.tok.start < lo), ms.partition_point(|x| x.tok.start < i));
            ms[from..to].iter().filter(|x| x.kind == EntityKind::Person).all(|x| x.ent == ms[m].ent)
        };
        let window = if want == EntityKind::Person { 2 } else { 4 };
        // A human noun in the antecedent's own apposition ("Warsame, a
        // 32-year-old resident") does not stand between them.
        let at_end = ms[m].tok.end;
        let apposition = at_end < a.tokens().len() && a.word(at_end) == ",";
        // ("A woman arrested with him": neither she, nor the one arrested with.)
        let other = |h: usize| {
            matches!(a.lower_word(h), "woman" | "girl" | "wife" | "mother" | "daughter" | "sister")
                && matches!(w, "he" | "him" | "his")
                || i == h + 3
                    && a.lower_word(i - 1) == "with"
                    && matches!(a.lower_word(h + 1), "arrested" | "detained" | "held" | "captured" | "seized")
        };
        let blocks = |h: usize| h > at && h < i && !(apposition && h <= at_end + 8) && !other(h);
        // "the gang" for "the Baz Pilate gang", "the directorate" for "the
        // Police Directorate": a body whose name ends in the noun is meant,
        // however far back it was named, if it is the only one.
        let far_noun = (want != EntityKind::Person && tok.len() == 2 && sent_of[i] > sent_of[at] + window)
            .then(|| {
                let noun = a.lower_word(i + 1).trim_end_matches('s');
                let named_as: Vec<EntRef> = ms[..next_m]
                    .iter()
                    .filter(|x| x.kind == want && !x.anaphor && x.tok.len() >= 2)
                    .filter(|x| a.lower_word(x.tok.end - 1).trim_end_matches('s') == noun)
                    .map(|x| x.ent)
                    .collect();
                only_one(named_as)
            })
            .flatten();
        if let Some(ent) = far_noun {
            added.push(Mention { tok, ent, kind: want, actor: !role_ref && !possessed_role, anaphor: true });
            continue;
        }
        // (An unnamed person stands between a pronoun and a person, not
        // between "the gang" and a gang: "a man who identified himself as the
        // gang's spokesman".)
        if sent_of[i] > sent_of[at] + window && !alone
            || (want == EntityKind::Person || !possessed_role) && last_human_noun.is_some_and(blocks)
        {
            continue;
        }
        // Two different people in the window make "he" ambiguous, unless one
        // of them is the story's subject: named far more often so far than
        // the official quoted beside them.
        let named = |e: EntRef| named_so_far.get(&e).copied().unwrap_or(0);
        let mut ent = ms[m].ent;
        // "officers of the unit" after "the Anti-Terrorism Police Unit": the
        // body whose name ends in that noun, if one was named lately.
        if want != EntityKind::Person && tok.len() >= 2 {
            let noun = a.lower_word(tok.end - 1);
            let lo = a.sentences[sent_of[i].saturating_sub(window)].tok.start;
            let (from, to) = (ms.partition_point(|x| x.tok.start < lo), ms.partition_point(|x| x.tok.start < i));
            let recent: Vec<&Mention> = ms[from..to].iter().filter(|x| x.kind == want && !x.anaphor).collect();
            // Of several, the one named most ("the service": the DSS of the
            // story, not a prison service named once).
            let by_noun = recent
                .iter()
                .filter(|x| {
                    let last_word = x.tok.end.checked_sub(1).map(|k| a.lower_word(k)).unwrap_or("");
                    last_word.trim_end_matches('s') == noun.trim_end_matches('s')
                        // ("the party": the Communist Party of India (Maoist).)
                        || matches!(noun, "party" | "front" | "movement")
                            && x.tok.clone().any(|k| a.lower_word(k) == noun)
                })
                .max_by_key(|x| named(x.ent));
            // ("The GKNB, which had placed him on a wanted list, said that its
            // investigators began questioning him": the body the sentence opens on.)
            let opener = matches!(w, "its" | "their")
                .then(|| {
                    let st = a.sentences[sent_of[i]].tok.start;
                    recent.iter().find(|x| {
                        x.kind == want
                            && x.tok.start < i
                            && (x.tok.start == st || x.tok.start == st + 1 && a.lower_word(st) == "the")
                    })
                })
                .flatten();
            if let Some(x) = by_noun {
                ent = x.ent;
            } else if let Some(x) = opener {
                ent = x.ent;
            } else if (matches!(w, "its" | "their")
                || tok.len() == 3
                || want == EntityKind::Agency
                || matches!(noun, "gang" | "outfit" | "cartel" | "clan"))
                && let Some(x) = recent.iter().rev().max_by_key(|x| named(x.ent))
            {
                // "Its fighters": the body the story is about, not one named in passing.
                ent = x.ent;
            }
        }
        if want == EntityKind::Person {
            let lo = a.sentences[sent_of[i].saturating_sub(window)].tok.start;
            let (from, to) = (ms.partition_point(|x| x.tok.start < lo), ms.partition_point(|x| x.tok.start < i));
            let mut people: Vec<EntRef> =
                ms[from..to].iter().filter(|x| x.kind == EntityKind::Person && x.actor).map(|x| x.ent).collect();
            people.sort();
            people.dedup();
            // "A fifth member, Zulkifli Awae, had slipped into Malaysia. He was
            // arrested ...": a sentence opening on "he" goes on about the
            // person the sentence before opened on.
            // "... arrested him on suspicion of links to the LIFG, which he had
            // joined": "he" after "him" in one sentence is the same man.
            // "Karim Haddad, 29, ... the 29-year-old": the one of that age.
            let of_age = (tok.len() >= 2)
                .then(|| year_old(a.lower_word(tok.start + 1)))
                .flatten()
                .and_then(|age| {
                    ms[..next_m].iter().rev().find(|x| {
                        let e = x.tok.end;
                        x.kind == EntityKind::Person
                            && !x.anaphor
                            && e + 1 < a.tokens().len()
                            && matches!(a.word(e), "," | "(")
                            && a.lower_word(e + 1) == age
                    })
                })
                .map(|x| x.ent);
            let object_before = matches!(w, "he" | "she")
                .then(|| {
                    added.iter().rev().find(|x: &&Mention| {
                        x.kind == EntityKind::Person
                            && sent_of[x.tok.start] == here
                            && matches!(a.lower_word(x.tok.start), "him" | "her")
                    })
                })
                .flatten()
                .map(|x| x.ent);
            let opener =
                (people.len() > 1 && matches!(w, "he" | "she") && i == a.sentences[here].tok.start && here > 0)
                    .then(|| {
                        let prev = &a.sentences[here - 1];
                        ms[from..to].iter().find(|x| {
                            x.tok.start >= prev.tok.start
                                && x.tok.start < prev.tok.end
                                && !x.anaphor
                                && matches!(x.kind, EntityKind::Person | EntityKind::Agency | EntityKind::Group)
                        })
                    })
                    .flatten()
                    .filter(|x| {
                        x.kind == EntityKind::Person
                            && x.tok.start <= a.sentences[here - 1].tok.start + 8
                            && (x.tok.start == a.sentences[here - 1].tok.start
                                || !matches!(
                                    a.lower_word(x.tok.start - 1),
                                    "by" | "to" | "with" | "from" | "of" | "for" | "against" | "at" | "on" | "and"
                                ))
                    });
            // "The army captured Momade Bacar. He had been hunted ...": the one
            // person the sentence before names.
            let sole = (people.len() > 1 && matches!(w, "he" | "she") && i == a.sentences[here].tok.start && here > 0)
                .then(|| {
                    let prev = &a.sentences[here - 1];
                    let mut in_prev = ms[from..to]
                        .iter()
                        .filter(|x| {
                            x.kind == EntityKind::Person && x.tok.start >= prev.tok.start && x.tok.start < prev.tok.end
                        })
                        .map(|x| x.ent);
                    let first = in_prev.next()?;
                    in_prev.all(|e| e == first).then_some(first)
                })
                .flatten();
            // "Dauda Musa was flown to Abuja, where he is being interrogated": the
            // one person this sentence opened on, when it names no one else.
            let subject_here = (people.len() > 1 && matches!(w, "he" | "she") && i > a.sentences[here].tok.start)
                .then(|| {
                    let start = a.sentences[here].tok.start;
                    let mut in_here = ms[from..to]
                        .iter()
                        .filter(|x| x.tok.start >= start && matches!(x.kind, EntityKind::Person))
                        .peekable();
                    let first = in_here.peek().filter(|x| x.tok.start <= start + 1 && !x.anaphor)?.ent;
                    in_here.all(|x| x.ent == first).then_some(first)
                })
                .flatten();
            // "questioned Hasanli's older brother, Elchin Hasanli, and released
            // him": the one person this sentence named before, possessors aside.
            // (Not after a gerund, whose doer is that person: "arrested
            // Gogoi's associate Das on charges of sheltering him".)
            // ("accused of sheltering the fugitive and providing him with".)
            let gerund = i > 1
                && a.lower_word(i - 1).ends_with("ing")
                && (i.saturating_sub(9)..i - 1)
                    .any(|j| matches!(a.lower_word(j), "of" | "for") && a.lower_word(j + 1).ends_with("ing"));
            // ("tracked Nawaf Jassem's accounts and concluded that he moved the
            // money": "he" later in the sentence may be the possessor.)
            let object = matches!(w, "him" | "her") || w == "his" && event;
            let start = a.sentences[here].tok.start;
            let object_here = (people.len() > 1 && (object && !gerund || matches!(w, "he" | "she") && i > start + 2))
                .then(|| {
                    // (Nor the one who says it: "Nugroho said his team had
                    // monitored Rizki's messages before officers detained him".)
                    // ("Commissioner Bayu Nugroho of Densus 88 said": past his body.)
                    let speaks = |x: &Mention| {
                        super::mentions::is_speaker(a, x.tok.clone())
                            || (x.tok.end..a.sentences[here].tok.end.min(x.tok.end + 8))
                                .find(|&k| matches!(a.lower_word(k), "said" | "says" | "told"))
                                .is_some_and(|k| {
                                    a.lower_word(x.tok.end) == "of"
                                        && (x.tok.end + 1..k).all(|j| {
                                            a.is_capitalised(j)
                                                || matches!(a.lower_word(j), "the" | "(" | ")")
                                                || a.lower_word(j).bytes().all(|b| b.is_ascii_digit())
                                        })
                                })
                    };
                    let candidates = |possessors: bool| {
                        ms[from..to].iter().filter(move |x| {
                            x.tok.start >= start
                                && x.kind == EntityKind::Person
                                && !x.anaphor
                                && !speaks(x)
                                && (possessors || !(object && x.tok.end < i && a.word(x.tok.end) == "'"))
                        })
                    };
                    let speaker_here =
                        ms[from..to].iter().any(|x| x.tok.start >= start && x.kind == EntityKind::Person && speaks(x));
                    let possessors = object && speaker_here && candidates(false).next().is_none();
                    let mut in_here = candidates(possessors);
                    let first = in_here.next()?;
                    // (For "he", only a possessor: a name standing alone has its own rules.)
                    let possessor = first.tok.end < i && a.word(first.tok.end) == "'";
                    let ent = first.ent;
                    (in_here.all(|x| x.ent == ent) && (object || possessor)).then_some(ent)
                })
                .flatten();
            // "A and B were arrested with him": someone named before this
            // sentence, never the ones arrested with him.
            let arrested_with = (matches!(w, "him" | "her")
                && i >= start + 2
                && a.lower_word(i - 1) == "with"
                && matches!(a.lower_word(i - 2), "arrested" | "detained" | "captured" | "held" | "seized"))
            .then(|| {
                let mut before: Vec<EntRef> = ms[from..to]
                    .iter()
                    .filter(|x| x.tok.start < start && x.kind == EntityKind::Person && x.actor)
                    .map(|x| x.ent)
                    .collect();
                let here: Vec<EntRef> = ms[from..to].iter().filter(|x| x.tok.start >= start).map(|x| x.ent).collect();
                before.retain(|e| !here.contains(e));
                only_one(before)
            })
            .flatten();
            if let Some(e) = of_age {
                ent = e;
            } else if let Some(e) = arrested_with {
                ent = e;
            } else if let Some(e) = object_before {
                ent = e;
            } else if let Some(e) = object_here {
                ent = e;
            } else if let Some(e) = subject_here {
                ent = e;
            } else if let Some(x) = opener {
                ent = x.ent;
            } else if let Some(e) = sole {
                ent = e;
            } else if people.len() > 1 {
                // (Nor one who only ever speaks: "..., Chepkemoi said. His
                // location had been traced" is not Chepkemoi's.)
                let only_speaks = |e: EntRef| {
                    let mut said = ms[from..to].iter().filter(|x| x.ent == e && !x.anaphor).peekable();
                    said.peek().is_some() && said.all(|x| super::mentions::is_speaker(a, x.tok.clone()))
                };
                let mut counts: Vec<(usize, EntRef)> =
                    people.iter().filter(|&&e| Some(e) != speaker && !only_speaks(e)).map(|&e| (named(e), e)).collect();
                if counts.is_empty() {
                    continue;
                }
                counts.sort_by_key(|c| std::cmp::Reverse(c.0));
                // (The speaker set aside, one person may be left.)
                let runner_up = counts.get(1).map_or(0, |c| c.0);
                if counts[0].0 >= 2 && counts[0].0 >= 2 * runner_up {
                    ent = counts[0].1;
                } else {
                    continue;
                }
            }
        }
        added.push(Mention {
            tok,
            ent,
            kind: want,
            actor: !(role_ref || possessed_role || w == "his" && event),
            anaphor: true,
        });
    }
    ms.extend(added);
    ms.sort_by_key(|m| m.tok.start);
}

/// "he operated in Daesh camps", "trained at al-Shabaab camps in Somalia":
/// whoever was in a group's camps is one of its members.
fn apply_camps(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    let mentions = ctx.mentions_in(s.tok.clone());
    let lo = mentions.start;
    for g in mentions {
        let m = &ctx.ms[g];
        let e = m.tok.end;
        let camp = |k: usize| k < s.tok.end && matches!(ctx.w(k), "camp" | "camps");
        if m.kind != EntityKind::Group || !(camp(e) || e < s.tok.end && ctx.w(e) == "training" && camp(e + 1)) {
            continue;
        }
        let before =
            if m.tok.start > s.tok.start && ctx.w(m.tok.start - 1) == "the" { m.tok.start - 1 } else { m.tok.start };
        if before == s.tok.start || !matches!(ctx.w(before - 1), "in" | "at") {
            continue;
        }
        // (The person nearest before, "he" included, in this sentence.)
        if let Some(p) = (lo..g).rev().find(|&p| ctx.ms[p].kind == EntityKind::Person && ctx.ms[p].actor) {
            st.add(&[p], RelationKind::Membership, &[g], 0.6);
        }
    }
}

/// Family and close ties between two people named: "his younger brother
/// Andrei Malash", "Dualeh's wife Hodan Dualeh", "a relative of Dualeh,
/// Abdiqani Warsame", "his associates A and B", "his deputy, X".
fn apply_kin(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    let kin = |w: &str| {
        matches!(
            w,
            "brother"
                | "brothers"
                | "sister"
                | "sisters"
                | "cousin"
                | "cousins"
                | "nephew"
                | "nephews"
                | "niece"
                | "son"
                | "sons"
                | "daughter"
                | "daughters"
                | "father"
                | "mother"
                | "wife"
                | "husband"
                | "uncle"
                | "brother-in-law"
                | "son-in-law"
                | "father-in-law"
                | "relative"
                | "relatives"
                | "deputy"
                | "associate"
                | "associates"
                | "aide"
                | "aides"
                | "accomplice"
                | "accomplices"
                | "bodyguard"
                | "bodyguards"
                | "right-hand"
        )
    };
    let person = |m: usize| ctx.ms[m].kind == EntityKind::Person && ctx.ms[m].actor;
    // ("his younger brother", "her late husband".)
    let modifier = |w: &str| matches!(w, "younger" | "elder" | "older" | "twin" | "late" | "former" | "two" | "close");
    for k in s.tok.clone() {
        // (Cheap tests first: a possessive before, or "of" after.)
        if ctx.at[k].is_some()
            || k == s.tok.start
            || !(matches!(ctx.w(k - 1), "his" | "her" | "s")
                || modifier(ctx.w(k - 1))
                || k + 1 < s.tok.end && ctx.w(k + 1) == "of")
            || !kin(ctx.w(k))
        {
            continue;
        }
        // The one the relation is of: "his"/"her" (resolved), "Dualeh's", or
        // "of Dualeh" after it.
        let mut b = k;
        while b > s.tok.start && modifier(ctx.w(b - 1)) {
            b -= 1;
        }
        let owner = if b > s.tok.start && matches!(ctx.w(b - 1), "his" | "her") {
            ctx.at[b - 1].filter(|&m| person(m)).or_else(|| {
                // (Unresolved: the person named nearest before, in this sentence,
                // else the one person the sentence before names.)
                ctx.mentions_in(s.tok.start..b - 1).rev().find(|&m| person(m)).or_else(|| {
                    let si = ctx.a.sentences.partition_point(|x| x.tok.end <= s.tok.start);
                    let prev = ctx.a.sentences.get(si.checked_sub(1)?)?;
                    let people: Vec<usize> = ctx.mentions_in(prev.tok.clone()).filter(|&m| person(m)).collect();
                    let first = *people.first()?;
                    people.iter().all(|&m| ctx.ms[m].ent == ctx.ms[first].ent).then_some(first)
                })
            })
        } else if b >= s.tok.start + 3 && ctx.w(b - 1) == "s" && ctx.w(b - 2) == "'" {
            ctx.at[b - 3].filter(|&m| person(m))
        } else if k + 2 < s.tok.end && ctx.w(k + 1) == "of" {
            ctx.at[k + 2].filter(|&m| person(m) && ctx.ms[m].tok.start == k + 2)
        } else {
            None
        };
        let Some(owner) = owner else { continue };
        // The relative named: right after, or after a comma (past "of X").
        let mut n = if k + 1 < s.tok.end && ctx.w(k + 1) == "of" { ctx.ms[owner].tok.end } else { k + 1 };
        if n < s.tok.end && ctx.w(n) == "," {
            n += 1;
        }
        if n < s.tok.end
            && let Some(r) = ctx.at[n]
            && ctx.ms[r].tok.start == n
            && person(r)
            && ctx.ms[r].ent != ctx.ms[owner].ent
        {
            let relatives = if ctx.w(k).ends_with('s') { ctx.coordinated(r, s, true) } else { vec![r] };
            st.add(&[owner], RelationKind::Association, &relatives, 0.7);
        }
    }
}

/// The sentence ends with a colon: a list follows. (The first item's number
/// may close the sentence: "are: 1.")
fn opens_list(ctx: &Ctx, s: &Sentence) -> bool {
    (s.tok.end.saturating_sub(4).max(s.tok.start)..s.tok.end)
        .rev()
        .find(|&j| ctx.w(j) == ":")
        .is_some_and(|c| (c + 1..s.tok.end).all(|j| matches!(ctx.w(j), "." | "-" | ")") || is_number(ctx.w(j))))
}

/// The sentence tells of people arrested or names them: "The three men
/// detained in the raid were named as:".
fn arrest_named(ctx: &Ctx, s: &Sentence) -> bool {
    s.tok.clone().any(|j| {
        matches!(ctx.w(j), "detained" | "arrested" | "captured" | "held" | "apprehended")
            || matches!(ctx.w(j), "named" | "identified") && j + 1 < s.tok.end && ctx.w(j + 1) == "as"
    })
}

/// "said Jorge Leal of the Joel Sierra Foundation", "Barrister Emeka Nwosu of
/// the Federal Ministry of Justice": a person named with the body he is of.
fn apply_name_of(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    for p in ctx.mentions_in(s.tok.clone()) {
        let m = &ctx.ms[p];
        if m.kind != EntityKind::Person || m.anaphor || !m.actor {
            continue;
        }
        let e = m.tok.end;
        let k = if e + 1 < s.tok.end && ctx.w(e + 1) == "the" { e + 2 } else { e + 1 };
        if !(e < s.tok.end && ctx.w(e) == "of") || k >= s.tok.end {
            continue;
        }
        if let Some(o) = ctx.at[k]
            && ctx.ms[o].tok.start == k
            && ctx.ms[o].actor
            && matches!(ctx.ms[o].kind, EntityKind::Agency | EntityKind::Group | EntityKind::Organization)
            // ("X of the ISI's Karachi office": the unit named after.)
            && ctx.possessive_end(ctx.ms[o].tok.end, s).is_none()
        {
            st.add(&[p], RelationKind::Membership, &[o], 0.7);
        }
    }
}

/// "acting on a tip from Indian intelligence", "on the basis of information
/// from the KNB", "with intelligence provided by the CMF": the source
/// supports the body that acted on it (this sentence's doer, else the body
/// behind the operation told lately). "information provided to the INI by
/// the SIS": the receiver named.
fn apply_tips(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    let info = |w: &str| {
        matches!(
            w,
            "information"
                | "intelligence"
                | "tip"
                | "tips"
                | "tip-off"
                | "tip-offs"
                | "tipoff"
                | "data"
                | "coordinates"
        )
    };
    let given = |w: &str| {
        matches!(w, "provided" | "supplied" | "shared" | "passed" | "given" | "gathered" | "received" | "obtained")
    };
    for k in s.tok.clone() {
        // (Most words are turned away by their first letter.)
        if !matches!(ctx.w(k).as_bytes().first(), Some(b'i' | b't' | b'd' | b'c')) {
            continue;
        }
        // (Nor a rule for later: "should ensure that all intelligence received from".)
        if ctx.at[k].is_some()
            || !info(ctx.w(k))
            || not_stated(ctx, s, k, st)
            || (s.tok.start..k).any(|j| matches!(ctx.w(j), "should" | "must" | "would" | "could"))
        {
            continue;
        }
        let mut j = k + 1;
        let mut receiver = None;
        if j < s.tok.end && given(ctx.w(j)) {
            j += 1;
            // ("information provided to the INI by the SIS".)
            if j + 1 < s.tok.end
                && ctx.w(j) == "to"
                && let Some(r) = ctx.named_at(j + 1)
                && matches!(ctx.ms[r].kind, EntityKind::Agency | EntityKind::Country)
            {
                receiver = Some(r);
                j = ctx.ms[r].tok.end;
            }
        }
        if j + 1 >= s.tok.end || !matches!(ctx.w(j), "from" | "by") {
            continue;
        }
        let Some(src) = ctx.named_at(j + 1) else { continue };
        let m = &ctx.ms[src];
        if !m.actor
            || !matches!(
                m.kind,
                EntityKind::Agency | EntityKind::Country | EntityKind::Organization | EntityKind::Group
            )
        {
            continue;
        }
        let sources = ctx.coordinated(src, s, true);
        let receiver = receiver.or(st.deed_agent).or(st.captor).or_else(|| st.operation_body());
        // (Only a state body acts on a tip.)
        let Some(r) = receiver.filter(|&r| matches!(ctx.ms[r].kind, EntityKind::Agency | EntityKind::Country)) else {
            continue;
        };
        if sources.iter().any(|&x| ctx.ms[x].ent == ctx.ms[r].ent) {
            continue;
        }
        st.add_one_way(&sources, &[r], 0.7);
    }
}

/// "The Somali agency has since shared Farah's phone records with the
/// ATPU", "passed the identification to UDYCO": a named body handing what it
/// holds to another supports it (one way), rather than working with it.
/// (Sharing both ways, "agreed to share information", stays cooperation.)
fn apply_shared(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    for j in s.tok.start + 1..s.tok.end.saturating_sub(2) {
        let verb = ctx.w(j);
        // (Most words are turned away by their first letter.)
        if !matches!(verb.as_bytes().first(), Some(b's' | b'p' | b'f')) {
            continue;
        }
        let to = match verb {
            "shared" | "shares" => "with",
            "passed" | "passes" | "forwarded" | "forwards" => "to",
            _ => continue,
        };
        if not_stated(ctx, s, j, st) || ctx.at[j].is_some() {
            continue;
        }
        // ("messages intercepted by BIN and shared with Densus 88": a passive
        // after a noun; "which shared drone imagery": a relative's own subject.)
        let Some(k) = (j + 1..s.tok.end.min(j + 14)).find(|&k| ctx.w(k) == to) else { continue };
        if (j + 1..k).any(|i| ctx.at[i].is_some_and(|m| ctx.ms[m].kind != EntityKind::Person) || ctx.barrier(i)) {
            continue;
        }
        // ("who passed him on to the ANR": a captive handed over, not information.)
        if matches!(ctx.w(j + 1), "him" | "her") {
            continue;
        }
        let from = if k + 1 < s.tok.end && ctx.w(k + 1) == "on" { k + 2 } else { k + 1 };
        let receivers: Vec<usize> = ctx
            .right(from, s, 3, false)
            .into_iter()
            .filter(|&m| matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country | EntityKind::Organization))
            .collect();
        if receivers.is_empty() {
            continue;
        }
        let givers: Vec<usize> = ctx
            .left(j, s)
            .into_iter()
            .filter(|&m| {
                matches!(ctx.ms[m].kind, EntityKind::Agency | EntityKind::Country | EntityKind::Organization)
                    && !receivers.iter().any(|&r| ctx.ms[r].ent == ctx.ms[m].ent)
            })
            .collect();
        // (One giver: "the two services shared information" is both ways.)
        let [g] = givers[..] else { continue };
        st.found.retain(|f| {
            !(f.1 == RelationKind::Cooperation
                && (f.0 == g && receivers.contains(&f.2) || f.2 == g && receivers.contains(&f.0)))
        });
        st.add_one_way(&[g], &receivers, 0.7);
    }
}

/// Whether the deed at token `at` is negated ("denied capturing", within four
/// words and not past a comma: "A and B, who are not related, were arrested")
/// or hedged (after the sentence's first hedge).
fn not_stated(ctx: &Ctx, s: &Sentence, at: usize, st: &SentenceState) -> bool {
    let lo = at.saturating_sub(4).max(s.tok.start);
    let lo = (lo..at).rfind(|&k| ctx.w(k) == ",").map_or(lo, |c| c + 1);
    (lo..at).any(|k| is_negation(ctx.w(k))) || st.first_hedge < at
}

/// "Warsame sent about $40,000 to al-Shabaab", "wired 2,000 euros to its
/// commander": money sent to someone supports them.
fn apply_money(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    let money = |w: &str| {
        matches!(
            w,
            "$" | "€"
                | "£"
                | "money"
                | "funds"
                | "cash"
                | "dollars"
                | "euros"
                | "pounds"
                | "rupees"
                | "rupiah"
                | "shillings"
                | "naira"
                | "dinars"
                | "rubles"
                | "roubles"
                | "lira"
                | "pesos"
                | "yuan"
                | "taka"
                | "riyals"
                | "dirhams"
                | "francs"
                | "birr"
                | "tenge"
                | "somoni"
                | "hryvnias"
                | "usd"
                | "eur"
        )
    };
    for j in s.tok.start + 1..s.tok.end.saturating_sub(3) {
        let verb = ctx.w(j);
        // (Most words are turned away by their first letter.)
        if !matches!(verb.as_bytes().first(), Some(b's' | b't' | b'w' | b'r'))
            || !matches!(
                verb,
                "sent" | "send" | "sends" | "sending" | "transferred" | "transferring" | "wired" | "remitted"
            )
        {
            continue;
        }
        if not_stated(ctx, s, j, st) {
            continue;
        }
        // The sum right after the verb, then "to" the one paid.
        let Some(sum) = (j + 1..s.tok.end.min(j + 6)).find(|&k| money(ctx.w(k))) else { continue };
        if (j + 1..sum).any(|k| ctx.at[k].is_some() || ctx.barrier(k)) {
            continue;
        }
        let Some(to) = (sum + 1..s.tok.end.min(sum + 5)).find(|&k| ctx.w(k) == "to") else { continue };
        if (sum + 1..to).any(|k| ctx.at[k].is_some() || ctx.barrier(k)) {
            continue;
        }
        let receivers = ctx.right(to + 1, s, 3, false);
        // (The clause's subject: not "INIS officers" in "He was questioned by
        // INIS officers and confessed to transferring funds to IS".)
        let mut senders = ctx.subject(s, j);
        senders.retain(|&m| matches!(ctx.ms[m].kind, EntityKind::Person | EntityKind::Group | EntityKind::Country));
        st.add(&senders, RelationKind::Support, &receivers, 0.6);
    }
}

/// "a joint offensive by the PDF and the PSF against IS-Somalia strongholds",
/// "the two forces ran joint operations against ADF camps": each body in the
/// joint action attacked the one it was against (not "against IS suspects":
/// people, not the group).
fn joint_attack(
    ctx: &Ctx,
    s: &Sentence,
    t: Range<usize>,
    phrase: &str,
    bodies: &[usize],
    st: &mut SentenceState,
    conf: f32,
) {
    if !["offensive", "operation", "raid", "campaign", "assault"].iter().any(|n| phrase.contains(n)) {
        return;
    }
    let Some(a) = (t.end..s.tok.end.min(t.end + 14)).find(|&j| ctx.w(j) == "against") else { return };
    let mut targets = ctx.right(a + 1, s, 3, false);
    targets.retain(|&m| {
        let e = ctx.ms[m].tok.end;
        !(e < s.tok.end && (is_member_noun(ctx.w(e).trim_end_matches('s')) || ctx.w(e) == "suspects"))
    });
    let attackers: Vec<usize> = bodies.iter().copied().filter(|&m| ctx.ms[m].kind != EntityKind::Person).collect();
    st.add(&attackers, RelationKind::Attack, &targets, conf);
}

/// "Ferraz has run the PCC's cocaine logistics", "Mosquera managed the
/// finances of the Clan del Golfo", "Musa oversaw al-Shabaab's recruitment":
/// who runs a group's business belongs to it.
fn apply_runs(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    for j in s.tok.start + 1..s.tok.end.saturating_sub(2) {
        let verb = ctx.w(j);
        // (Most words are turned away by their first letter.)
        if !matches!(verb.as_bytes().first(), Some(b'r' | b'm' | b'o' | b'h' | b'c'))
            || !matches!(
                verb,
                "ran"
                    | "run"
                    | "runs"
                    | "running"
                    | "managed"
                    | "manages"
                    | "managing"
                    | "oversaw"
                    | "oversees"
                    | "overseeing"
                    | "headed"
                    | "heads"
                    | "controlled"
                    | "controls"
                    | "coordinated"
                    | "coordinates"
            )
        {
            continue;
        }
        // ("did not say whether Omar Ali ran the gang's finances": no fact.)
        let lo = j.saturating_sub(6).max(s.tok.start);
        if (lo..j).any(|k| is_negation(ctx.w(k)) || matches!(ctx.w(k), "whether" | "if")) || st.first_hedge < j {
            continue;
        }
        let k = if ctx.w(j + 1) == "the" { j + 2 } else { j + 1 };
        let group_at = |n: usize| {
            ctx.at
                .get(n)
                .copied()
                .flatten()
                .filter(|&g| ctx.ms[g].kind == EntityKind::Group && ctx.ms[g].tok.start == n)
        };
        // "the PCC's cocaine logistics", or "the finances of the Clan del Golfo".
        let group = match group_at(k) {
            Some(g) => ctx.possessive_end(ctx.ms[g].tok.end, s).map(|_| g),
            None => (k..s.tok.end.min(k + 4))
                .take_while(|&q| ctx.at[q].is_none() && !ctx.barrier(q) && ctx.w(q) != ",")
                .find(|&q| q > k && ctx.w(q) == "of")
                .and_then(|q| group_at(if ctx.w(q + 1) == "the" { q + 2 } else { q + 1 })),
        };
        let Some(g) = group else { continue };
        let people: Vec<usize> = ctx.left(j, s).into_iter().filter(|&m| ctx.ms[m].kind == EntityKind::Person).collect();
        st.add(&people, RelationKind::Membership, &[g], 0.6);
    }
}

/// What "-backed" and its kin end: "Iran-backed", "U.S.-funded".
const BACKED: [&str; 7] = ["-backed", "-funded", "-armed", "-sponsored", "-supported", "-trained", "-financed"];

/// "the U.S.-backed Syrian Democratic Forces", "Iran-backed Houthi rebels":
/// the backer supports the body it qualifies.
fn apply_backers(ctx: &Ctx, s: &Sentence, st: &mut SentenceState) {
    let Range { start: from, end: to } = ctx.mentions_in(s.tok.clone());
    for b in from..to {
        let m = &ctx.ms[b];
        if !matches!(m.kind, EntityKind::Country | EntityKind::Agency | EntityKind::Group | EntityKind::Organization) {
            continue;
        }
        let e = m.tok.end;
        let last = ctx.w(e - 1);
        // ("Iran-backed" one word, "U.S." then "-backed", or "U.S." "-" "backed".)
        let after = if BACKED.iter().any(|x| last.ends_with(x)) && last.contains('-') && m.tok.len() == 1 {
            Some(e)
        } else if e < s.tok.end && BACKED.contains(&ctx.w(e)) {
            Some(e + 1)
        } else if e + 1 < s.tok.end && ctx.w(e) == "-" && BACKED.iter().any(|x| &x[1..] == ctx.w(e + 1)) {
            Some(e + 2)
        } else {
            None
        };
        let Some(after) = after else { continue };
        let backed: Vec<usize> = ctx
            .right(after, s, 3, false)
            .into_iter()
            .filter(|&t| matches!(ctx.ms[t].kind, EntityKind::Group | EntityKind::Agency))
            .take(1)
            .collect();
        st.add(&[b], RelationKind::Support, &backed, 0.7);
    }
}
