//! Pass 1: per-document analysis. Sentences, tokens, lexicon mentions, names
//! the lexicon does not know, and alias definitions.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use super::Extractor;
use super::rules::{
    is_compound_adjective, is_group_tail_noun, is_human_noun, is_occupation_noun, is_person_title, is_saying_verb,
    is_title_prefix, org_head,
};
use super::text::{Folded, Span, Token, fold, sentences, tokens};
use crate::corpus::Document;
use crate::model::EntityKind;

/// An entity as the extractor refers to it: a lexicon entry or an entity
/// discovered in the text (an index into the registry).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntRef {
    Lex(u32),
    Dyn(u32),
}

#[derive(Clone, Debug)]
pub struct Sentence {
    /// Token range.
    pub tok: Range<usize>,
    /// Byte range in the original document text.
    pub span: Span,
    /// Mostly capitalised words: a headline or a menu.
    pub title_case: bool,
}

#[derive(Clone, Debug)]
pub struct LexMention {
    pub tok: Range<usize>,
    pub entry: u32,
    /// Matched through a generated descriptive form ("Pakistani intelligence").
    pub generated: bool,
}

/// A name the lexicon does not know.
#[derive(Clone, Debug)]
pub struct Discovered {
    pub name: String,
    pub kind: EntityKind,
    pub tok: Range<usize>,
    /// A byline: a reporter, never an actor.
    pub byline: bool,
}

/// Who an alias definition names: a lexicon entry or a name as written.
#[derive(Clone, Debug)]
pub enum Head {
    Lex(u32),
    Name(String),
}

#[derive(Clone, Debug)]
pub struct AliasDef {
    pub head: Head,
    pub alias: String,
}

pub struct DocAnalysis<'a> {
    pub folded: Folded<'a>,
    /// `folded.text` with ASCII lower-cased (same byte offsets).
    pub lower: String,
    /// Word tokens of `folded.text`, each between char boundaries (built by
    /// [`tokens`] and never changed: [`DocAnalysis::lower_word`] relies on it).
    tokens: Vec<Token>,
    /// Whether each token is capitalised (see [`DocAnalysis::is_capitalised`]).
    caps: Vec<bool>,
    pub sentences: Vec<Sentence>,
    pub lex_mentions: Vec<LexMention>,
    pub discovered: Vec<Discovered>,
    pub aliases: Vec<AliasDef>,
}

impl DocAnalysis<'_> {
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    pub fn word(&self, i: usize) -> &str {
        let t = self.tokens[i];
        debug_assert!(self.folded.text.is_char_boundary(t.start as usize));
        debug_assert!(self.folded.text.is_char_boundary(t.end as usize));
        // SAFETY: every token lies in `folded.text` between char boundaries:
        // `tokens` are built once, by `text::tokens` over that text, and never
        // changed. (Word tests run tens of times per token; checking the
        // boundaries again each time cost a twentieth of the extraction.)
        unsafe { self.folded.text.get_unchecked(t.range()) }
    }

    pub fn lower_word(&self, i: usize) -> &str {
        let t = self.tokens[i];
        debug_assert!(self.lower.is_char_boundary(t.start as usize));
        debug_assert!(self.lower.is_char_boundary(t.end as usize));
        // SAFETY: as in `word`; `lower` is `folded.text` with ASCII letters
        // lower-cased, so it has the same length and the same char boundaries.
        unsafe { self.lower.get_unchecked(t.range()) }
    }

    /// The lexicon mention starting at token `k` (mentions are in text order).
    pub fn lex_starting_at(&self, k: usize) -> Option<&LexMention> {
        let i = self.lex_mentions.partition_point(|m| m.tok.start < k);
        self.lex_mentions.get(i).filter(|m| m.tok.start == k)
    }

    /// The index of the lexicon mention ending right before token `e`.
    pub fn lex_ending_at(&self, e: usize) -> Option<usize> {
        // Names are short: only mentions starting a few tokens before can end here.
        let hi = self.lex_mentions.partition_point(|m| m.tok.start < e);
        let lo = self.lex_mentions[..hi].partition_point(|m| m.tok.start + 16 < e);
        (lo..hi).rev().find(|&i| self.lex_mentions[i].tok.end == e)
    }

    /// Adds mentions found after the lexicon pass, keeping them in text order.
    fn add_lex_mentions(&mut self, more: Vec<LexMention>) {
        if !more.is_empty() {
            self.lex_mentions.extend(more);
            self.lex_mentions.sort_by_key(|m| m.tok.start);
        }
    }

    /// In a body's name `tok` read as "UNIT of [the] OWNER" ("the Special
    /// Branch of the Royal Malaysia Police"): the token "of" after the unit's
    /// head noun and the first token of the owner's name.
    pub fn unit_of_owner(&self, tok: &Range<usize>) -> Option<(usize, usize)> {
        let of = (tok.start + 1..tok.end.saturating_sub(1))
            .find(|&k| self.lower_word(k) == "of" && org_head(self.lower_word(k - 1)).is_some())?;
        let from = if self.lower_word(of + 1) == "the" { of + 2 } else { of + 1 };
        (from < tok.end).then_some((of, from))
    }

    /// Original text of a token range.
    pub fn original(&self, tok: Range<usize>) -> &str {
        self.folded.original(self.tokens[tok.start].start as usize, self.tokens[tok.end - 1].end as usize)
    }

    /// Starts with a capital, or is an Arabic-style name with a lower-case
    /// article ("al-Muhajiroun").
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.caps[i]
    }

    /// Token index starting exactly at byte `b`, if any.
    pub fn token_starting(&self, b: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&b, |t| t.start as usize).ok()
    }

    pub fn token_ending(&self, b: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&b, |t| t.end as usize).ok()
    }
}

/// Capitalised words that do not start or end a name.
pub(crate) fn is_stop_cap(lower: &str) -> bool {
    matches!(
        lower,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens" | "hundreds"
            // ("Both Asanov and Bekmurzaev were recruited".)
            | "both" | "neither" | "each"
    ) || matches!(
        // Page buttons and menus: "Support Sandline", "Subscribe", "Share".
        lower,
        "support"
            | "subscribe"
            | "donate"
            | "share"
            | "follow"
            | "contact"
            | "advertise"
            | "login"
            | "register"
            | "menu"
            | "search"
            | "home"
    ) || matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "after"
            | "before"
            | "when"
            | "while"
            | "as"
            | "if"
            | "since"
            | "according"
            | "following"
            | "during"
            | "under"
            | "over"
            | "into"
            | "about"
            | "there"
            | "here"
            | "then"
            | "also"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "col"
            | "maj"
            | "capt"
            | "lt"
            | "sgt"
            | "sources"
            | "source"
            | "officials"
            | "news"
            | "photo"
            | "read"
            | "more"
            | "click"
            | "share"
            | "updated"
            | "published"
            | "advertisement"
            | "related"
            | "latest"
            | "most"
            | "popular"
            | "full"
            | "story"
            | "why"
            | "what"
            | "who"
            | "how"
            | "where"
            | "which"
            | "not"
            | "no"
            | "yes"
            | "new"
            | "some"
            | "all"
            | "many"
            | "several"
            | "one"
            | "two"
            | "three"
            | "former"
            | "president"
            | "minister"
            | "prime"
            | "general"
            | "commander"
            | "spokesman"
            | "leader"
            | "chief"
            | "sheikh"
            | "mullah"
            | "maulana"
            | "said"
            | "says"
            | "told"
            | "yet"
            | "however"
            | "meanwhile"
            | "so"
            | "please"
            | "home"
            | "world"
            | "subscribe"
            | "comment"
            | "comments"
            | "share this"
            | "tags"
            | "media"
            | "breaking"
            | "exclusive"
            | "live"
            | "video"
            | "watch"
            | "listen"
            | "opinion"
            | "editorial"
            | "analysis"
            | "recommended"
            | "sign"
            | "log"
            | "login"
            | "menu"
            | "search"
            | "top"
            | "senior"
            | "suspect"
            | "terrorist"
            | "militant"
            | "yesterday"
            | "today"
            | "tomorrow"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "now"
            | "instead"
            | "still"
            | "thus"
            | "authorities"
            | "investigators"
            | "prosecutors"
            | "colonel"
            | "brigadier"
            | "captain"
            | "lieutenant"
            | "sergeant"
            | "inspector"
            | "superintendent"
            | "commissioner"
            | "detective"
            | "judge"
            | "senator"
            | "governor"
            | "ambassador"
            | "imam"
            | "mufti"
    ) || super::rules::is_month(lower)
}

/// Whether the name at `tok` is the one quoted in its sentence: "X told
/// reporters", "X, the head of the CTD, said", "said X", "army spokesman X".
pub(crate) fn is_speaker(a: &DocAnalysis, tok: Range<usize>) -> bool {
    let saying = |w: &str| matches!(w, "said" | "says" | "told" | "added" | "stated");
    let Some(s) = a.sentences.get(a.sentences.partition_point(|s| s.tok.end <= tok.start)) else { return false };
    (tok.start > s.tok.start && saying(a.lower_word(tok.start - 1)))
        || (tok.start.saturating_sub(4).max(s.tok.start)..tok.start)
            .any(|k| matches!(a.lower_word(k), "said" | "spokesman" | "spokesperson" | "spokeswoman"))
        || (tok.end..s.tok.end.min(tok.end + 12))
            .find(|&k| saying(a.lower_word(k)))
            .is_some_and(|k| k == tok.end || (a.word(tok.end) == "," && a.word(k - 1) == ","))
}

/// Lower-case particles that may stand inside a name: "Abu Bakr al-Baghdadi".
pub(crate) fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "al" | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "de"
            | "da"
            | "van"
            | "der"
            | "von"
            | "del"
            | "la"
            | "ul"
            | "ud"
            | "abu"
            | "du"
            | "di"
            | "ben"
    ) || ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-", "ul-", "ud-", "wal-"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// A day of the week ("said Thursday they had ...").
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A unit's noun that a number may close: "Light Infantry Battalion 552".
pub(crate) fn is_numbered_unit(lower: &str) -> bool {
    matches!(lower, "battalion" | "brigade" | "division" | "regiment" | "squadron" | "company" | "unit" | "corps")
}

pub(crate) fn is_kunya_start(lower: &str) -> bool {
    matches!(lower, "abu" | "abou" | "umm" | "um" | "ibn")
}

const ALIAS_MARKERS: &[&[&str]] = &[
    &["also", "known", "as"],
    &["better", "known", "as"],
    &["widely", "known", "as"],
    &["known", "by", "the", "code", "name"],
    &["known", "by", "the", "codename"],
    &["known", "by", "the", "alias"],
    &["known", "by", "the", "nom", "de", "guerre"],
    &["known", "by", "the", "name"],
    &["known", "under", "the", "alias"],
    &["known", "under", "the", "name"],
    &["known", "under", "the", "nom", "de", "guerre"],
    &["known", "as"],
    &["code-named"],
    &["codenamed"],
    &["code", "name"],
    &["nom", "de", "guerre"],
    &["alias"],
    &["aka"],
    &["a.k.a."],
    &["whose", "real", "name", "is"],
    &["real", "name"],
    &["nicknamed"],
    &["dubbed"],
    &["used", "the", "name"],
    &["uses", "the", "name"],
    &["using", "the", "name"],
    &["used", "the", "alias"],
    &["used", "the", "kunya"],
    &["uses", "the", "kunya"],
    &["using", "the", "kunya"],
    &["used", "the", "nickname"],
    &["using", "the", "alias"],
    &["under", "the", "name"],
    &["under", "the", "alias"],
    &["who", "goes", "by"],
    &["who", "went", "by"],
    &["going", "by"],
    &["also", "called"],
    &["popularly", "called"],
    &["popularly", "known", "as"],
    &["commonly", "called"],
    &["commonly", "known", "as"],
];

impl Extractor {
    /// Pass 1 over one document.
    pub(crate) fn analyse<'a>(&self, doc: &'a Document) -> DocAnalysis<'a> {
        let folded = Folded::new(&doc.text);
        let lower = ascii_lower(&folded.text);
        let mut toks = tokens(&folded.text);
        // Analyses of every document are kept between the passes: no slack.
        toks.shrink_to_fit();
        let caps = toks.iter().map(|t| capitalised(&folded.text[t.range()])).collect();
        let mut a = DocAnalysis {
            folded,
            lower,
            tokens: toks,
            caps,
            sentences: Vec::new(),
            lex_mentions: Vec::new(),
            discovered: Vec::new(),
            aliases: Vec::new(),
        };
        // Sentences, as token ranges and original byte spans.
        for s in sentences(&a.folded.text) {
            let first = a.tokens.partition_point(|t| (t.start as usize) < s.start);
            let last = a.tokens.partition_point(|t| (t.end as usize) <= s.end);
            if first >= last {
                continue;
            }
            let (os, oe) = a.folded.to_orig(s.start, s.end);
            a.sentences.push(Sentence { tok: first..last, span: Span { start: os, end: oe }, title_case: false });
        }
        self.match_lexicon(&mut a);
        // A headline capitalises most words; a known name counts as one word and
        // an acronym in parentheses as none, so "Kenya's Anti-Terrorism Police
        // Unit (ATPU) arrested Abdi Gedi" is a sentence.
        let mut next_mention = 0;
        for k in 0..a.sentences.len() {
            let range = a.sentences[k].tok.clone();
            let (mut words, mut caps, mut lower_content) = (0usize, 0usize, 0usize);
            let mut i = range.start;
            while i < range.end {
                while next_mention < a.lex_mentions.len() && a.lex_mentions[next_mention].tok.start < i {
                    next_mention += 1;
                }
                if let Some(m) = a.lex_mentions.get(next_mention).filter(|m| m.tok.start == i) {
                    words += 1;
                    caps += 1;
                    i = m.tok.end.max(i + 1);
                    continue;
                }
                if a.word(i) == "(" && i + 2 < range.end && a.word(i + 2) == ")" {
                    i += 3;
                    continue;
                }
                if a.word(i).chars().next().is_some_and(char::is_alphabetic) {
                    words += 1;
                    if a.is_capitalised(i) {
                        caps += 1;
                    } else if !is_headline_small_word(a.lower_word(i)) {
                        // "has arrested": a lower-case verb or noun is running text.
                        lower_content += 1;
                    }
                }
                i += 1;
            }
            // (A sentence closed by a full stop, with a lower-case verb or noun, is running text even when
            // it lists titled names: "They include Head Constable Ramlal Kashyap, ...".)
            let closed = range.end > range.start && a.word(range.end - 1) == "." && lower_content >= 1;
            // (Nor is an item of a list of people: "Ahmed Shifaz, 27, of Henveiru;".)
            let item = range.len() >= 4
                && (range.start..range.end - 2).any(|j| {
                    a.word(j) == ","
                        && a.word(j + 1).len() <= 3
                        && a.word(j + 1).bytes().all(|b| b.is_ascii_digit())
                        && matches!(a.word(j + 2), "," | ";" | ")")
                });
            a.sentences[k].title_case = words >= 4 && caps * 10 >= words * 7 && lower_content <= 1 && !closed && !item;
        }
        self.discover(&mut a);
        self.rebind_defined_acronyms(&mut a);
        a.sentences.shrink_to_fit();
        a.lex_mentions.shrink_to_fit();
        a.discovered.shrink_to_fit();
        a
    }

    /// "National Civil Police (PNC)" where the lexicon's PNC is another
    /// country's body of that name: in this article the acronym is the body
    /// it follows (when its letters are that name's initials, in any order,
    /// as in a name translated from Spanish).
    fn rebind_defined_acronyms(&self, a: &mut DocAnalysis) {
        let alike = |e: u32| is_body(self.lexicon.entries[e as usize].kind);
        // (The lexicon's entry the acronym had, the body it stands for here,
        // the acronym's token.)
        let mut rebind: Vec<(u32, u32, usize)> = Vec::new();
        for w in a.lex_mentions.windows(2) {
            let (m, n) = (&w[0], &w[1]);
            let defined = n.tok.start == m.tok.end + 1
                && n.tok.len() == 1
                && n.tok.end < a.tokens.len()
                && a.word(m.tok.end) == "("
                && a.word(n.tok.end) == ")";
            if !defined || m.generated || m.entry == n.entry || !alike(m.entry) || !alike(n.entry) {
                continue;
            }
            let acr = a.word(n.tok.start);
            let initials: Vec<char> = m.tok.clone().filter_map(|t| a.word(t).chars().next()).collect();
            if is_acronym(acr) && acr.chars().all(|c| initials.contains(&c)) {
                rebind.push((n.entry, m.entry, n.tok.start));
            }
        }
        let moved: Vec<(usize, u32)> = a
            .lex_mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.tok.len() == 1)
            .filter_map(|(k, m)| {
                let word = a.word(m.tok.start);
                rebind.iter().find(|&&(old, _, t)| m.entry == old && word == a.word(t)).map(|&(_, new, _)| (k, new))
            })
            .collect();
        for (k, new) in moved {
            a.lex_mentions[k].entry = new;
        }
        // ("the PNC's anti-gang division, known as DIPANDA": aliases given to
        // the acronym go with it, unless the other body is still named here.)
        for def in &mut a.aliases {
            if let Head::Lex(e) = &mut def.head
                && let Some(&(_, new, _)) = rebind.iter().find(|(old, ..)| old == e)
                && !a.lex_mentions.iter().any(|m| m.entry == *e)
            {
                *e = new;
            }
        }
    }

    /// The countries an article is about, by name key: each country it names
    /// (or whose adjective it uses) twice, or once when none is named six
    /// times or more. (An article on Ecuador that names Mexico once does not
    /// hold Mexico's bodies.)
    fn article_countries(&self, a: &DocAnalysis) -> Vec<String> {
        let mut counts: HashMap<String, usize> = HashMap::default();
        for m in &a.lex_mentions {
            let e = &self.lexicon.entries[m.entry as usize];
            if e.kind == EntityKind::Country {
                *counts.entry(super::text::name_key(&e.name)).or_default() += 1;
            }
        }
        // ("Kenyan" counts for Kenya even where it leads another name.)
        let mut pair = String::new();
        for t in (0..a.tokens.len()).filter(|&t| a.is_capitalised(t)) {
            let mut found = self.demonym_country.get(a.lower_word(t));
            // ("Sri Lankan" is two words.)
            if found.is_none() && t + 1 < a.tokens.len() && a.is_capitalised(t + 1) {
                pair.clear();
                pair.push_str(a.lower_word(t));
                pair.push(' ');
                pair.push_str(a.lower_word(t + 1));
                found = self.demonym_country.get(pair.as_str());
            }
            if let Some(&c) = found {
                *counts.entry(super::text::name_key(&self.lexicon.entries[c].name)).or_default() += 1;
            }
        }
        let most = counts.values().copied().max().unwrap_or(0);
        counts.into_iter().filter(|&(_, n)| n >= 2 || most < 6).map(|(c, _)| c).collect()
    }

    fn match_lexicon(&self, a: &mut DocAnalysis) {
        let text = a.folded.text.as_ref();
        let toks = &a.tokens;
        // A word starting in lower case can only start a form that does.
        let may_start = |i: usize| {
            let word = &text[toks[i].range()];
            !word.starts_with(char::is_lowercase) || self.may_start_lower_form(&a.lower[toks[i].range()])
        };
        let hits = self.form_matcher.find_all_from(&a.lower, toks, may_start, |id, tok| {
            let (s, e) = (toks[tok.start].start as usize, toks[tok.end - 1].end as usize);
            boundary_ok(text, s, e) && case_ok(&self.form_texts[id], self.forms[id].case_sensitive, &text[s..e])
        });
        let entries = self.resolve_ambiguous(&hits);
        let mut found: Vec<LexMention> = hits
            .into_iter()
            .zip(entries)
            .map(|((id, tok), entry)| LexMention { tok, entry: entry as u32, generated: self.forms[id].generated })
            .collect();
        // Names interrupted by a parenthesis: "Islamic State (Daesh) Khorasan".
        if has_interrupted_name(text) {
            let (stripped, map) = strip_parentheses(text);
            let lower = stripped.to_ascii_lowercase();
            let stoks = tokens(&stripped);
            let hits = self.form_matcher.find_all(&lower, &stoks, |id, tok| {
                let (ss, se) = (stoks[tok.start].start as usize, stoks[tok.end - 1].end as usize);
                let (s, e) = (map[ss], map[se - 1] + 1);
                // Without a parenthesis inside, the name was found above.
                e - s != se - ss
                    && a.token_starting(s).is_some()
                    && a.token_ending(e).is_some()
                    && case_ok(&self.form_texts[id], self.forms[id].case_sensitive, &stripped[ss..se])
                    && boundary_ok(&stripped, ss, se)
            });
            for (id, tok) in hits {
                let (ss, se) = (stoks[tok.start].start as usize, stoks[tok.end - 1].end as usize);
                let (s, e) = (map[ss], map[se - 1] + 1);
                let (Some(ts), Some(te)) = (a.token_starting(s), a.token_ending(e)) else {
                    continue;
                };
                found.retain(|x| x.tok.end <= ts || x.tok.start > te);
                let form = &self.forms[id];
                found.push(LexMention { tok: ts..te + 1, entry: form.entry as u32, generated: form.generated });
            }
            found.sort_by_key(|x| x.tok.start);
        }
        // "the Dawlah Islamiyah-Maute Group": a group's name as written keeps
        // the "Group" the lexicon leaves off its forms.
        for k in 0..found.len() {
            let e = found[k].tok.end;
            if e < toks.len()
                && a.word(e) == "Group"
                && found.get(k + 1).is_none_or(|n| n.tok.start > e)
                && self.lexicon.entries[found[k].entry as usize].kind == EntityKind::Group
            {
                found[k].tok.end = e + 1;
            }
        }
        // "the Montenegrin Police Directorate", "the Karen Border Guard Force":
        // a state body's known name inside a longer capitalised name is another
        // body (found by name discovery).
        let starts: Vec<usize> = a.sentences.iter().map(|s| s.tok.start).collect();
        let mut k = 0;
        while k < found.len() {
            let m = &found[k];
            let agency = self.lexicon.entries[m.entry as usize].kind == EntityKind::Agency;
            let e = m.tok.end;
            let extended_after = m.generated
                && e < toks.len()
                && a.is_capitalised(e)
                && starts.binary_search(&e).is_err()
                && org_head(a.lower_word(e)) == Some(EntityKind::Agency)
                && found.get(k + 1).is_none_or(|n| n.tok.start > e);
            let b = m.tok.start;
            let extended_before = agency
                && m.tok.len() >= 2
                && b > 0
                && starts.binary_search(&b).is_err()
                && a.is_capitalised(b - 1)
                && !is_acronym(a.word(b - 1))
                && !self.demonym_country.contains_key(a.lower_word(b - 1))
                && !is_stop_cap(a.lower_word(b - 1))
                && !is_person_title(a.lower_word(b - 1).trim_end_matches('.'))
                && (k == 0 || found[k - 1].tok.end < b);
            // "a Turkish security official said": a person's description, not
            // the one body the generic form names.
            let described_person = m.generated
                && self.lexicon.entries[m.entry as usize].role.as_deref() == Some("security")
                && e < toks.len()
                && matches!(a.lower_word(e), "official" | "officials" | "source" | "sources");
            if extended_after || extended_before || described_person {
                found.remove(k);
            } else {
                k += 1;
            }
        }
        a.lex_mentions = found;
    }

    /// The entry each matched form means. A form two entries share ("GKNB",
    /// "Ansarullah") goes to the one the article names otherwise, else the
    /// one whose country the article names most; else the first.
    fn resolve_ambiguous(&self, hits: &[(usize, Range<usize>)]) -> Vec<usize> {
        let mut entries: Vec<usize> = hits.iter().map(|(id, _)| self.forms[*id].entry).collect();
        if hits.iter().all(|(id, _)| self.forms[*id].alternatives.is_empty()) {
            return entries;
        }
        // Entries named unambiguously in this article, with how often.
        let mut sure: HashMap<usize, u32> = HashMap::default();
        for (id, _) in hits {
            let f = &self.forms[*id];
            if f.alternatives.is_empty() {
                *sure.entry(f.entry).or_default() += 1;
            }
        }
        for (k, (id, _)) in hits.iter().enumerate() {
            let f = &self.forms[*id];
            if f.alternatives.is_empty() {
                continue;
            }
            let score = |e: usize| {
                let named = sure.get(&e).copied().unwrap_or(0);
                let country = self.lexicon.entries[e]
                    .country
                    .as_deref()
                    .and_then(|c| self.lexicon.find(c))
                    .and_then(|c| sure.get(&c).copied())
                    .unwrap_or(0);
                (named, country)
            };
            let best = std::iter::once(f.entry).chain(f.alternatives.iter().copied()).max_by_key(|&e| score(e));
            if let Some(best) = best
                && score(best) > score(f.entry)
            {
                entries[k] = best;
            }
        }
        entries
    }

    /// Finds names the lexicon does not know, acronym and alias definitions.
    fn discover(&self, a: &mut DocAnalysis) {
        let covered = coverage(a.tokens.len(), a.lex_mentions.iter().map(|m| m.tok.clone()));
        // Capitalised words standing alone elsewhere in the document, by lower-case form:
        // a surname used again confirms that a two-word name is a person.
        let mut solo: HashMap<&str, u32> = HashMap::default();
        for i in 0..a.tokens.len() {
            if !covered[i] && a.is_capitalised(i) {
                *solo.entry(a.lower_word(i)).or_default() += 1;
            }
        }
        let mut discovered = Vec::new();
        let mut qualified = Vec::new();
        let mut inner_places: Vec<Range<usize>> = Vec::new();
        for s in &a.sentences {
            let byline = s.tok.len() <= 16 && a.lower_word(s.tok.start) == "by";
            let mut i = s.tok.start;
            while i < s.tok.end {
                if covered[i] || !a.is_capitalised(i) {
                    i += 1;
                    continue;
                }
                // Grow a run of capitalised words and particles.
                let mut j = i + 1;
                loop {
                    if j < s.tok.end && !covered[j] && (a.is_capitalised(j) || is_name_particle(a.lower_word(j))) {
                        j += 1;
                        continue;
                    }
                    // 'Ismael "El Mayo" Zambada', 'Joaquín "El Chapo" Guzmán': a
                    // nickname in quotes inside a person's name.
                    if j < s.tok.end
                        && matches!(a.word(j), "\"" | "\u{201c}")
                        && let Some(c) = (j + 2..s.tok.end.min(j + 6)).find(|&c| matches!(a.word(c), "\"" | "\u{201d}"))
                        && (j + 1..c).all(|k| !covered[k] && a.is_capitalised(k))
                        && c + 1 < s.tok.end
                        && !covered[c + 1]
                        && a.is_capitalised(c + 1)
                        && org_head(a.lower_word(c + 1)).is_none()
                    {
                        j = c + 1;
                        continue;
                    }
                    // "National Bureau of Investigation", "State Committee for National
                    // Security", "Special Force to Fight Crime", "Bureau of Jail Management
                    // and Penology": a connector inside an organisation's name.
                    if let Some(next) = self.name_connector(a, s, i, j, &covered) {
                        j = next;
                        continue;
                    }
                    // "Central Service for the Fight against Terrorism and
                    // Transnational Organised Crime (SCLCT/CTO)": connectors and
                    // capitalised words up to the acronym that defines the name.
                    if let Some(next) = connected_to_acronym(a, s, i, j, &covered) {
                        j = next;
                        continue;
                    }
                    // "the Western Mindanao Command", "the Eastern Luzon Police
                    // Command": a place inside a unit's name.
                    if j > i
                        && j + 1 < s.tok.end
                        && covered[j]
                        && let Some(m) = a.lex_starting_at(j)
                        && self.lexicon.entries[m.entry as usize].kind == EntityKind::Place
                    {
                        let e = m.tok.end;
                        let mut k = e;
                        while k < s.tok.end && k < e + 2 && !covered[k] && a.is_capitalised(k) {
                            k += 1;
                        }
                        if k > e && org_head(a.lower_word(k - 1)) == Some(EntityKind::Agency) {
                            inner_places.push(m.tok.clone());
                            j = k;
                            continue;
                        }
                    }
                    // "the Attorney General's Office", "the Special State
                    // Prosecutor's Office": an office named after its holder.
                    if j + 2 < s.tok.end
                        && a.word(j) == "'"
                        && a.lower_word(j + 1) == "s"
                        && a.lower_word(j + 2) == "office"
                        && a.is_capitalised(j + 2)
                        && !covered[j + 2]
                        && (i..j).any(|k| is_office_holder(a.lower_word(k)))
                    {
                        j += 3;
                        continue;
                    }
                    // "Omar Farah Aden, who was arrested": a town's name that closes a
                    // two-word personal name is the person's last name. (Only then: a
                    // capitalised word after it, or "'s", keeps the town.)
                    if j == i + 2
                        && j + 1 < s.tok.end
                        && covered[j]
                        && let Some(m) = a.lex_starting_at(j)
                        && m.tok.len() == 1
                        && self.lexicon.entries[m.entry as usize].kind == EntityKind::Place
                        && matches!(a.word(j + 1), "," | "(")
                        && (i == s.tok.start
                            || !matches!(
                                a.lower_word(i - 1),
                                "in" | "of" | "from" | "near" | "at" | "to" | "and" | "the"
                            ))
                        && self.plain_name(a, i..j)
                    {
                        inner_places.push(m.tok.clone());
                        j += 1;
                        continue;
                    }
                    break;
                }
                // "Light Infantry Battalion 552": a unit's number closes its name.
                if j < s.tok.end
                    && is_numbered_unit(a.lower_word(j - 1))
                    && a.word(j).len() <= 4
                    && a.word(j).bytes().all(|b| b.is_ascii_digit())
                {
                    j += 1;
                }
                let run_end = j;
                // "6th Infantry Division": an ordinal leads a unit's name.
                let lead = if i > s.tok.start
                    && is_ordinal(a.lower_word(i - 1))
                    && (org_head(a.lower_word(j - 1)).is_some() || matches!(a.lower_word(j - 1), "region" | "zone"))
                {
                    i - 1
                } else {
                    i
                };
                let (mut rs, mut re) = (lead, j);
                // "the Kenyan-led Multinational Security Support", "US-backed
                // Syrian Democratic Forces": a compound adjective is not part of the name.
                let k = if a.lower_word(rs) == "the" { rs + 1 } else { rs };
                if re > k + 1 && is_compound_adjective(a.lower_word(k)) {
                    rs = k + 1;
                }
                // "General Intelligence Service (GIS)": the acronym spells the whole name.
                let spelled = acronym_follows(a, &(rs..re), s);
                // "Venezuelan Luis Alberto Marcano": a nationality before a person's
                // name is not part of it (a body's name keeps it: "Kuwaiti State
                // Security Service").
                // ("Venezuelans Luis Alberto Carrasquel, Jhonny Carrasquel and ...":
                // the plural too.)
                let lead = a.lower_word(rs);
                if re - rs >= 3
                    && (self.demonym_country.contains_key(lead)
                        || lead.strip_suffix('s').is_some_and(|l| l.len() > 3 && self.demonym_country.contains_key(l)))
                    && !(rs..re).any(|k| org_head(a.lower_word(k)).is_some() || is_institution_word(a.lower_word(k)))
                {
                    rs += 1;
                }
                // "the General Intelligence Directorate": a body's name keeps "General".
                let body_name = (rs..re).any(|k| org_head(a.lower_word(k)).is_some());
                while rs < re
                    && (!spelled || matches!(a.lower_word(rs), "the" | "a" | "an"))
                    && !(body_name && a.lower_word(rs) == "general" && rs + 1 < re)
                    && (is_stop_cap(a.lower_word(rs))
                        || is_name_particle(a.lower_word(rs))
                            && !is_kunya_start(a.lower_word(rs))
                            // ("Al-Nur Adam Jumaa": a capitalised "Al-" word is a given name.)
                            && !(a.word(rs).contains('-') && a.word(rs).starts_with(char::is_uppercase) && rs + 1 < re))
                {
                    rs += 1;
                }
                // "Cllr Nadeem Akhtar", "ADGP Rajinder Sandhu": a title is not part of a
                // person's name (but "General Directorate" is a body's).
                let body =
                    (rs..re).any(|k| org_head(a.lower_word(k)).is_some() || is_institution_word(a.lower_word(k)));
                // Honorifics ("Qari Haroon Afridi", "Mullah Omar") belong to the name as used.
                let honorific = |w: &str| {
                    matches!(
                        w,
                        "qari"
                            | "mullah"
                            | "maulana"
                            | "mawlawi"
                            | "sheikh"
                            | "shaikh"
                            | "mufti"
                            | "hafiz"
                            | "haji"
                            | "hajji"
                            | "imam"
                            | "emir"
                            | "amir"
                            | "prince"
                            | "king"
                            | "queen"
                    )
                };
                while !body
                    && rs + 1 < re
                    && (is_person_title(a.lower_word(rs).trim_end_matches('.'))
                        // "Assistant Constable Budhram Kunjam", "Head Constable X".
                        || is_title_prefix(a.lower_word(rs)) && is_person_title(a.lower_word(rs + 1).trim_end_matches('.')))
                    && !honorific(a.lower_word(rs))
                {
                    rs += 1;
                }
                // "Police Director Aleksandar Đurišić", "Senior Principal
                // Magistrate Joyce Wambui": a body's words then a title, then the
                // person's name.
                if body
                    && re - rs >= 3
                    && let Some(t) = (rs..re - 2).rev().find(|&t| {
                        let w = a.lower_word(t);
                        (is_person_title(w) || self.rules.roles.contains(w))
                            && !matches!(w, "national" | "citizen" | "man" | "woman" | "as" | "named" | "identified")
                    })
                    && re - t - 1 <= 4
                    && self.plain_name(a, t + 1..re)
                    && (t + 1..re).all(|k| a.is_capitalised(k))
                {
                    rs = t + 1;
                }
                // "Deputy Inspector-General of Police Azmi Harun", "Chief of
                // Army Staff Asim Munir": a title naming its body, then the name.
                let titled = |w: &str| {
                    is_person_title(w.trim_end_matches('.'))
                        || self.rules.roles.contains(w)
                        || w.split('-').any(|part| is_person_title(part) || self.rules.roles.contains(part))
                };
                // ("Minister of Security Dragan Kovacevic", "Commissioner-General
                // of Prisons Patrick Mwangi", "Minister of Home Affairs X".)
                let body_word = |w: &str| {
                    matches!(
                        w,
                        "police"
                            | "staff"
                            | "army"
                            | "defence"
                            | "defense"
                            | "interior"
                            | "intelligence"
                            | "security"
                            | "prisons"
                            | "justice"
                            | "home"
                            | "foreign"
                            | "internal"
                            | "affairs"
                            | "public"
                            | "immigration"
                            | "customs"
                            | "corrections"
                            | "navy"
                            | "finance"
                    ) || is_institution_word(w)
                };
                // (The run may start after "of" or hold it.)
                let of_at = if rs >= s.tok.start + 2 && a.lower_word(rs - 1) == "of" && titled(a.lower_word(rs - 2)) {
                    Some(rs - 1)
                } else {
                    (rs + 1..re.saturating_sub(3))
                        .find(|&p| a.lower_word(p) == "of")
                        .filter(|&p| (rs..p).any(|k| titled(a.lower_word(k))))
                };
                if let Some(p) = of_at
                    && let Some(q) = (p + 1..re.saturating_sub(2)).take_while(|&q| body_word(a.lower_word(q))).last()
                    && (2..=3).contains(&(re - q - 1))
                    && self.plain_name(a, q + 1..re)
                {
                    rs = q + 1;
                }
                // ("Showkat Hussain Sheikh": a family name after two names, not a title.)
                let surname_title = |k: usize| k >= rs + 2 && matches!(a.lower_word(k), "sheikh" | "shaikh" | "sheik");
                while re > rs
                    && !spelled
                    && !surname_title(re - 1)
                    && (is_stop_cap(a.lower_word(re - 1))
                        || is_name_particle(a.lower_word(re - 1))
                            && !a.is_capitalised(re - 1)
                            // ("wal-Ansar" ends a name: a particle joined to a capitalised word.)
                            && !a.word(re - 1).split_once('-').is_some_and(|(_, w)| w.starts_with(char::is_uppercase)))
                {
                    re -= 1;
                }
                // Split at inner stop words ("Sunday Altun" -> "Altun"), before any
                // connector of an organisation's name and never after a group's
                // leading word ("Katibat Imam al-Bukhari").
                let joined = (rs..re)
                    .find(|&k| k > rs && matches!(a.lower_word(k), "of" | "for" | "to" | "against" | "on" | "and"))
                    .unwrap_or(re);
                // (Not when an acronym spells the whole name: "General Intelligence Service (GIS)".)
                // (Nothing may be left: "Most" closing a page is a stop word.)
                if re > rs
                    && !is_group_lead(a.lower_word(rs))
                    && !acronym_follows(a, &(rs..re), s)
                    && let Some(k) = (rs..joined).rev().find(|&k| {
                        is_stop_cap(a.lower_word(k))
                                && !surname_title(k)
                                && !(body_name && a.lower_word(k) == "general")
                                // "Mwanajuma Said Athman": the name Said, not the verb
                                // (which is capitalised only where a sentence starts).
                                && !(a.word(k) == "Said" && k > s.tok.start && !s.title_case)
                    })
                {
                    rs = k + 1;
                }
                i = run_end.max(i + 1);
                if re <= rs {
                    continue;
                }
                if let Some(d) = self.classify(a, s, rs..re, byline, &solo) {
                    // "Kenya's National Intelligence Service": that country's body, if the lexicon has it.
                    if d.kind != EntityKind::Person
                        && let Some(entry) = self.country_body(a, &d)
                    {
                        qualified.push(LexMention { tok: d.tok, entry, generated: false });
                        continue;
                    }
                    discovered.push(d);
                }
            }
        }
        if !inner_places.is_empty() {
            a.lex_mentions.retain(|m| {
                !inner_places.contains(&m.tok)
                    || !discovered.iter().any(|d: &Discovered| d.tok.start <= m.tok.start && m.tok.end <= d.tok.end)
            });
        }
        self.city_police(a, &covered, &mut discovered);
        self.country_bodies(a, &covered, &mut discovered);
        self.listed_people(a, &covered, &mut discovered);
        // "United League of Arakan (ULA)", "Ambazonia Governing Council (AGovC)":
        // a name its new acronym spells, even through a known place.
        let spelled = self.acronym_spelled_names(a, &covered, &discovered);
        if !spelled.is_empty() {
            discovered.retain(|d| !spelled.iter().any(|n| n.tok.start < d.tok.end && d.tok.start < n.tok.end));
            a.lex_mentions.retain(|m| !spelled.iter().any(|n| n.tok.start <= m.tok.start && m.tok.end <= n.tok.end));
            discovered.extend(spelled);
            discovered.sort_by_key(|d| d.tok.start);
        }
        // The article's countries, gathered once, only if some name needs them.
        let countries: std::cell::OnceCell<Vec<String>> = std::cell::OnceCell::new();
        // "Armed Defence Forces of Mozambique (FADM)": a body's name in another
        // wording, defined by an acronym the lexicon knows, is that body.
        discovered.retain(|d| {
            if d.kind == EntityKind::Person {
                return true;
            }
            let mut e = d.tok.end;
            if e + 1 < a.tokens.len()
                && a.lower_word(e) == "of"
                && let Some(m) = a.lex_starting_at(e + 1)
            {
                e = m.tok.end;
            }
            if e + 2 >= a.tokens.len() || a.word(e) != "(" || a.word(e + 2) != ")" {
                return true;
            }
            // ("Defense Secretariat (Sedena)": the press may write an acronym as a word.)
            let written = fold(a.word(e + 1));
            let title_case = !is_acronym(&written);
            let found = self.acronyms.get(&written).or_else(|| {
                (title_case && written.chars().skip(1).all(|c| c.is_ascii_lowercase()))
                    .then(|| self.acronyms.get(&written.to_uppercase()))
                    .flatten()
            });
            let Some(&entry) = found else {
                return true;
            };
            let known = self.lexicon.entries[entry].kind;
            if !is_body(known) || !is_body(d.kind) {
                return true;
            }
            // "National Civil Police (PNC)" in an article on Guatemala: the
            // lexicon's PNC is El Salvador's, the body is Guatemala's (chosen
            // below by the article's countries; the acronym follows it).
            if let Some(cands) = self.qualified_names.get(&super::text::name_key(&d.name)) {
                let countries = countries.get_or_init(|| self.article_countries(a));
                let ours = |i: usize| cands.iter().any(|(k, c)| *k == i && countries.contains(c));
                if !ours(entry) && cands.iter().any(|(k, _)| ours(*k)) {
                    return true;
                }
            }
            // The names must share words: "Multinational Security Support (MSS)"
            // is not China's Ministry of State Security.
            let content = |n: &str| -> Vec<String> {
                super::text::name_key(n)
                    .split(' ')
                    .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "de" | "la" | "el"))
                    .map(str::to_owned)
                    .collect()
            };
            let ours = content(&d.name);
            let entry_words: Vec<String> = std::iter::once(&self.lexicon.entries[entry].name)
                .chain(&self.lexicon.entries[entry].aliases)
                .flat_map(|n| content(n))
                .collect();
            // (An acronym in another language, "Gaitanist Army of Colombia
            // (EGC)", does not spell the name: it is the known body's.)
            let shared = ours.iter().filter(|w| entry_words.contains(w)).count();
            if shared < 2 && shared < ours.len() && (title_case || acronym_follows(a, &d.tok, s_of(a, d.tok.start))) {
                return true;
            }
            // ("the Special Branch of the Royal Malaysia Police (PDRM)": the
            // acronym is the owner's; the unit keeps its name.)
            let owner = a.unit_of_owner(&d.tok).and_then(|(_, from)| self.find_form(a.original(from..d.tok.end)));
            if owner == Some(entry) {
                return true;
            }
            qualified.push(LexMention { tok: d.tok.start..e, entry: entry as u32, generated: false });
            false
        });
        if !qualified.is_empty() {
            let spans: Vec<Range<usize>> = qualified.iter().map(|q| q.tok.clone()).collect();
            a.lex_mentions.retain(|m| !spans.iter().any(|q| q.start <= m.tok.start && m.tok.end <= q.end));
        }
        // "Counter Terrorism Policing North West (CTPNW)": a known body's name
        // extended by more capitalised words and defined by its own acronym is
        // a unit of its own.
        let mut units = Vec::new();
        for m in &a.lex_mentions {
            let kind = self.lexicon.entries[m.entry as usize].kind;
            if !matches!(kind, EntityKind::Agency | EntityKind::Group) {
                continue;
            }
            let mut e = m.tok.end;
            while e < a.tokens.len() && e < m.tok.end + 3 && !covered[e] && a.is_capitalised(e) {
                e += 1;
            }
            if e > m.tok.end
                && let Some(s) = a.sentences.iter().find(|s| s.tok.contains(&m.tok.start))
                && acronym_follows(a, &(m.tok.start..e), s)
                && !self.lexicon_knows(a.word(e + 1))
            {
                let name = a.original(m.tok.start..e).to_owned();
                units.push(Discovered { name, kind, tok: m.tok.start..e, byline: false });
            }
        }
        if !units.is_empty() {
            a.lex_mentions.retain(|m| !units.iter().any(|u| u.tok.start == m.tok.start));
            discovered.extend(units);
        }
        // "the National Guard" in an article that names Mexico: the lexicon's
        // "National Guard (Mexico)", when the article names exactly one of the
        // countries that have a body of that name.
        let mut qualified_bodies = Vec::new();
        discovered.retain(|d| {
            if d.kind == EntityKind::Person {
                return true;
            }
            let key = super::text::name_key(d.name.trim_start_matches("the ").trim_start_matches("The "));
            let Some(cands) = self.qualified_names.get(&key) else {
                return true;
            };
            let countries = countries.get_or_init(|| self.article_countries(a));
            // "Rwanda's Ministry of Foreign Affairs" is Rwanda's or unknown.
            let owner = (d.tok.start >= 3 && a.word(d.tok.start - 2) == "'" && a.lower_word(d.tok.start - 1) == "s")
                .then(|| a.lex_ending_at(d.tok.start - 2))
                .flatten()
                .map(|k| &self.lexicon.entries[a.lex_mentions[k].entry as usize])
                .filter(|e| e.kind == EntityKind::Country)
                .map(|e| super::text::name_key(&e.name));
            let mut named: Vec<usize> = cands
                .iter()
                .filter(|(_, c)| owner.as_ref().map_or_else(|| countries.contains(c), |o| o == c))
                .map(|(i, _)| *i)
                .collect();
            // (Two countries that both have one: the one named last before it.)
            if named.len() > 1 {
                let country_of = |t: usize| {
                    let c = a
                        .lex_starting_at(t)
                        .map(|m| m.entry as usize)
                        .filter(|&e| self.lexicon.entries[e].kind == EntityKind::Country)
                        .or_else(|| self.demonym_country.get(a.lower_word(t)).copied())?;
                    Some(super::text::name_key(&self.lexicon.entries[c].name))
                };
                let last = (0..d.tok.start)
                    .rev()
                    .find_map(|t| country_of(t).and_then(|c| named.iter().find(|&&i| cands.contains(&(i, c.clone())))))
                    .copied();
                if let Some(one) = last {
                    named = vec![one];
                }
            }
            match named.as_slice() {
                [one] => {
                    qualified_bodies.push(LexMention { tok: d.tok.clone(), entry: *one as u32, generated: false });
                    false
                }
                _ => true,
            }
        });
        a.add_lex_mentions(qualified_bodies);
        // A known body that closes a unit's name is part of that name now.
        let mut bodies: Vec<Range<usize>> =
            discovered.iter().filter(|d| d.kind != EntityKind::Person).map(|d| d.tok.clone()).collect();
        bodies.sort_by_key(|b| b.start);
        a.lex_mentions.retain(|m| {
            // Names are short: only the bodies starting a few tokens before can hold it.
            let k = bodies.partition_point(|b| b.start < m.tok.start);
            !bodies[..k].iter().rev().take_while(|b| b.start + 40 > m.tok.start).any(|b| m.tok.end <= b.end)
        });
        a.add_lex_mentions(qualified);
        // "the Shabwa Defence Forces": a place or country name leading an
        // organisation's name belongs to it.
        let mut known_bodies = Vec::new();
        for d in discovered.iter_mut() {
            if d.kind == EntityKind::Person || d.tok.start == 0 {
                continue;
            }
            let Some(k) = a.lex_ending_at(d.tok.start) else {
                continue;
            };
            // A dateline on the line above leads nothing.
            if a.original(a.lex_mentions[k].tok.start..d.tok.start + 1).contains('\n') {
                continue;
            }
            let country = &self.lexicon.entries[a.lex_mentions[k].entry as usize];
            let kind = country.kind;
            if matches!(kind, EntityKind::Place | EntityKind::Country) {
                // "Colombian National Police": the lexicon's "National Police of Colombia".
                let known = (kind == EntityKind::Country)
                    .then(|| {
                        [format!("{} ({})", d.name, country.name), format!("{} of {}", d.name, country.name)]
                            .iter()
                            .find_map(|n| self.lexicon.find(n))
                    })
                    .flatten();
                let m = a.lex_mentions.remove(k);
                d.tok.start = m.tok.start;
                d.name = a.original(d.tok.clone()).to_owned();
                if let Some(entry) = known {
                    known_bodies.push(LexMention { tok: d.tok.clone(), entry: entry as u32, generated: false });
                }
            }
        }
        discovered.retain(|d| !known_bodies.iter().any(|k| k.tok == d.tok));
        a.add_lex_mentions(known_bodies);
        // "Dhaka Metropolitan Police": a known body's name led by a city of
        // another country is that city's own body, not the one the lexicon knows.
        let mut city_bodies = Vec::new();
        for k in 1..a.lex_mentions.len() {
            let (p, m) = (&a.lex_mentions[k - 1], &a.lex_mentions[k]);
            let gap = a.tokens[p.tok.end - 1].end as usize..a.tokens[m.tok.start].start as usize;
            if p.tok.end != m.tok.start || &a.folded.text[gap] != " " {
                continue;
            }
            let (place, body) = (&self.lexicon.entries[p.entry as usize], &self.lexicon.entries[m.entry as usize]);
            let foreign = matches!((&place.country, &body.country), (Some(a), Some(b)) if a != b);
            if place.kind == EntityKind::Place && body.kind == EntityKind::Agency && foreign {
                let tok = p.tok.start..m.tok.end;
                city_bodies.push(Discovered {
                    name: a.original(tok.clone()).to_owned(),
                    kind: EntityKind::Agency,
                    tok,
                    byline: false,
                });
            }
        }
        if !city_bodies.is_empty() {
            a.lex_mentions
                .retain(|m| !city_bodies.iter().any(|d| d.tok.start <= m.tok.start && m.tok.end <= d.tok.end));
            discovered.extend(city_bodies);
            discovered.sort_by_key(|d| d.tok.start);
        }
        // Acronyms defined in parentheses after a known or discovered name.
        let mut aliases = Vec::new();
        for i in 0..a.tokens.len().saturating_sub(2) {
            if a.word(i) != "(" || a.word(i + 2) != ")" {
                continue;
            }
            // The first letters of a name's words, past "of", "the", "and", "for".
            let initials = |r: Range<usize>| -> String {
                r.map(|t| a.word(t))
                    .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "of" | "the" | "and" | "for"))
                    .filter_map(|w| w.chars().next())
                    .collect()
            };
            // "Rapid Action Battalion (Rab)": an acronym some papers write as a
            // word, taken only where the name before spells it.
            let word_acronym = || {
                let w = a.word(i + 1);
                let caps: Vec<char> = w.chars().collect();
                (3..=6).contains(&caps.len())
                    && caps[0].is_ascii_uppercase()
                    && caps[1..].iter().all(|c| c.is_ascii_lowercase())
                    && a.lex_ending_at(i)
                        .is_some_and(|k| initials(a.lex_mentions[k].tok.clone()).eq_ignore_ascii_case(w))
            };
            // "Nigerian Correctional Service (NCoS)": capitals and small
            // letters, the capitals spelling the name before.
            let mixed_acronym = || {
                let w = a.word(i + 1);
                let caps: String = w.chars().filter(char::is_ascii_uppercase).collect();
                let long = a.lex_ending_at(i).map(|k| a.lex_mentions[k].tok.clone()).or_else(|| {
                    discovered.iter().find(|d| d.tok.end == i && d.kind != EntityKind::Person).map(|d| d.tok.clone())
                });
                (3..=7).contains(&w.len())
                    && caps.len() >= 2
                    && caps.len() < w.len()
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes().all(|b| b.is_ascii_alphabetic())
                    && long.is_some_and(|r| initials(r) == caps)
            };
            if !is_acronym(a.word(i + 1)) && !word_acronym() && !mixed_acronym() {
                continue;
            }
            let acr = a.word(i + 1).to_owned();
            if self.lexicon_knows(&acr) {
                continue;
            }
            // The acronym of the body named right before, in any language:
            // "Free Coast Front (FCF)", "Lithuania's State Border Guard Service
            // (VSAT)". Places and people have none ("in Bamako (AFP)").
            if let Some(m) = a.lex_ending_at(i).map(|k| &a.lex_mentions[k]) {
                let kind = self.lexicon.entries[m.entry as usize].kind;
                if matches!(kind, EntityKind::Place | EntityKind::Country | EntityKind::Person | EntityKind::Media) {
                    continue;
                }
                aliases.push(AliasDef { head: Head::Lex(m.entry), alias: acr });
            } else if let Some(d) = discovered.iter().find(|d: &&Discovered| {
                d.tok.end == i && !matches!(d.kind, EntityKind::Person | EntityKind::Place | EntityKind::Media)
            }) {
                aliases.push(AliasDef { head: Head::Name(d.name.clone()), alias: acr });
            }
        }
        // "a man known as Abu Dujana. His real name ... is Mohamed Ould Sidati",
        // "The man, whose real name is Eduardo Villamizar": one person.
        for i in 1..a.tokens.len().saturating_sub(3) {
            if a.lower_word(i) != "real" || a.lower_word(i + 1) != "name" {
                continue;
            }
            if !matches!(a.lower_word(i - 1), "his" | "her" | "whose") {
                continue;
            }
            let s = s_of(a, i);
            let Some(is) = (i + 2..s.tok.end.min(i + 12)).find(|&k| matches!(a.lower_word(k), "is" | "was")) else {
                continue;
            };
            // (The name itself need not have been found as one: capitalised
            // words right after "is", two at least.)
            let mut e = is + 1;
            while e < s.tok.end && e < is + 6 && a.is_capitalised(e) && !covered_by_lexicon(a, e) {
                e += 1;
            }
            if e < is + 3 {
                continue;
            }
            let real_name = a.original(is + 1..e).to_owned();
            // The one meant: the person named last before (in this sentence
            // or, for "His", the one before).
            let lo = a.sentences[a.sentences.partition_point(|x| x.tok.end <= s.tok.start).saturating_sub(1)].tok.start;
            if let Some(head) =
                discovered.iter().rev().find(|d| d.kind == EntityKind::Person && d.tok.end <= i && d.tok.start >= lo)
                && head.name != real_name
            {
                aliases.push(AliasDef { head: Head::Name(head.name.clone()), alias: real_name });
            }
        }
        // Short forms of a body named in full in this article: "the Shura Council"
        // for "Benghazi Revolutionaries Shura Council", "State Security Service"
        // for "Kuwaiti State Security Service".
        let bodies: Vec<(&Discovered, String)> = discovered
            .iter()
            .filter(|d| !matches!(d.kind, EntityKind::Person | EntityKind::Place))
            .map(|d| (d, super::text::name_key(&d.name)))
            .collect();
        for (d, key) in &bodies {
            if !key.contains(' ') {
                continue;
            }
            let mut longer: Vec<&str> = bodies
                .iter()
                .filter(|(_, lk)| {
                    lk.len() > key.len()
                        && lk.ends_with(key.as_str())
                        && lk.as_bytes()[lk.len() - key.len() - 1] == b' '
                })
                .map(|(l, _)| l.name.as_str())
                .collect();
            longer.dedup();
            if let [one] = longer.as_slice() {
                aliases.push(AliasDef { head: Head::Name((*one).to_owned()), alias: d.name.clone() });
            }
        }
        // "the Special Force to Fight Drug Trafficking, or FELCN": an acronym
        // offered after "or".
        for d in discovered.iter().filter(|d| !matches!(d.kind, EntityKind::Person | EntityKind::Place)) {
            let e = d.tok.end;
            if e + 2 < a.tokens.len()
                && a.word(e) == ","
                && a.lower_word(e + 1) == "or"
                && is_acronym(a.word(e + 2))
                && !self.lexicon_knows(a.word(e + 2))
            {
                aliases.push(AliasDef { head: Head::Name(d.name.clone()), alias: a.word(e + 2).to_owned() });
            }
        }
        // "ACR, the Long Name": an unknown acronym followed by a discovered organisation.
        for d in &discovered {
            let s = d.tok.start;
            if d.kind != EntityKind::Person
                && s >= 3
                && a.lower_word(s - 1) == "the"
                && a.word(s - 2) == ","
                && is_acronym(a.word(s - 3))
            {
                let acr = a.word(s - 3).to_owned();
                if !self.lexicon_knows(&acr) {
                    aliases.push(AliasDef { head: Head::Name(d.name.clone()), alias: acr });
                }
            }
        }
        // "X, also known as Y", "known by the code name "Y"", "X alias Y".
        for s in &a.sentences {
            let mut i = s.tok.start;
            while i < s.tok.end {
                let first = a.lower_word(i);
                // Most words start no marker: a cheap first-byte test before the scan.
                let could_start = first.len() >= 3
                    && matches!(
                        first.as_bytes()[0],
                        b'a' | b'b' | b'c' | b'd' | b'g' | b'k' | b'n' | b'p' | b'r' | b'u' | b'w'
                    )
                    && ALIAS_MARKERS.iter().any(|m| m[0] == first);
                let fixed = ALIAS_MARKERS
                    .iter()
                    .filter(|_| could_start)
                    .find(|m| i + m.len() <= s.tok.end && m.iter().enumerate().all(|(k, w)| a.lower_word(i + k) == *w))
                    .map(|m| i + m.len());
                // "known to his fighters as", "known inside the organisation as",
                // "went by the alias", "goes by the name".
                let loose = match first {
                    // "known inside the group by his nom de guerre".
                    // ("known in Rio de Janeiro's favelas as".)
                    "known" => (i + 1..s.tok.end.min(i + 10)).find_map(|j| match a.lower_word(j) {
                        "as" => Some(j + 1),
                        "by" if j + 2 < s.tok.end
                            && matches!(a.lower_word(j + 1), "his" | "her" | "the" | "a")
                            && matches!(
                                a.lower_word(j + 2),
                                "nom" | "alias" | "name" | "kunya" | "nickname" | "moniker" | "pseudonym"
                            ) =>
                        {
                            Some(j + 2)
                        }
                        _ => None,
                    }),
                    // "Fighters knew him as "Mzee Jamal"", "people called him "Boy Pilot"".
                    "know" | "knew" | "knows" | "called" | "call" | "calls"
                        if i + 2 < s.tok.end && matches!(a.lower_word(i + 1), "him" | "her") =>
                    {
                        Some(if a.lower_word(i + 2) == "as" { i + 3 } else { i + 2 })
                    }
                    "went" | "goes" | "go" | "going" if i + 1 < s.tok.end && a.lower_word(i + 1) == "by" => {
                        let mut e = i + 2;
                        while e < s.tok.end
                            && matches!(a.lower_word(e), "the" | "alias" | "name" | "nom" | "de" | "guerre" | "of")
                        {
                            e += 1;
                        }
                        Some(e)
                    }
                    _ => None,
                };
                let Some(after) = fixed.or(loose) else {
                    i += 1;
                    continue;
                };
                if let Some(def) = self.alias_definition(a, s, i, after, &discovered) {
                    aliases.push(def);
                }
                i = after;
            }
        }
        if self.trace {
            for d in &discovered {
                eprintln!("discovered {:?} {:?}", d.name, d.kind);
            }
            for m in &a.lex_mentions {
                eprintln!("known {:?} = {}", a.original(m.tok.clone()), self.lexicon.entries[m.entry as usize].name);
            }
        }
        // "the Police Directorate" after "the Montenegrin Police Directorate":
        // the same body, named without its country.
        let national: Vec<(String, String)> = discovered
            .iter()
            .filter(|d| d.kind != EntityKind::Person)
            .filter_map(|d| {
                let (first, rest) = d.name.split_once(' ')?;
                (self.demonym_country.contains_key(&fold(first).to_lowercase()) && rest.contains(' '))
                    .then(|| (super::text::name_key(rest), d.name.clone()))
            })
            .collect();
        rename_short_forms(&mut discovered, &national, |k| k != EntityKind::Person);
        // "NSW Police" after "NSW Police Force": the same body, its last word dropped.
        // "the 103rd Brigade" after "the 103rd Infantry Brigade": a numbered
        // unit without its arm.
        let long: Vec<(String, String)> = discovered
            .iter()
            .filter(|d| d.kind == EntityKind::Agency)
            .filter_map(|d| {
                let key = super::text::name_key(&d.name);
                let (short, last) = key.rsplit_once(' ')?;
                if matches!(last, "force" | "service" | "department" | "command" | "agency") && short.contains(' ') {
                    return Some((short.to_owned(), d.name.clone()));
                }
                let (first, middle) = short.split_once(' ')?;
                (is_ordinal(first) && !middle.is_empty()).then(|| (format!("{first} {last}"), d.name.clone()))
            })
            .collect();
        rename_short_forms(&mut discovered, &long, |k| k == EntityKind::Agency);
        // A gang's bare name is no person: "Baz Pilate belongs to Viv Ansanm"
        // after "the Baz Pilate gang".
        let gangs: Vec<String> = discovered
            .iter()
            .filter(|d| d.kind == EntityKind::Group && d.tok.len() >= 2 && !a.is_capitalised(d.tok.end - 1))
            .map(|d| super::text::name_key(a.original(d.tok.start..d.tok.end - 1)))
            .collect();
        if !gangs.is_empty() {
            discovered.retain(|d| d.kind != EntityKind::Person || !gangs.contains(&super::text::name_key(&d.name)));
        }
        // 'Ismael "El Mayo" Zambada': "El Mayo" is his too.
        for d in discovered.iter().filter(|d| d.kind == EntityKind::Person) {
            let quote = |k: usize| matches!(a.word(k), "\"" | "\u{201c}" | "\u{201d}");
            if let Some(o) = d.tok.clone().find(|&k| quote(k))
                && let Some(c) = (o + 1..d.tok.end).find(|&k| quote(k))
                && c > o + 1
            {
                aliases.push(AliasDef { head: Head::Name(d.name.clone()), alias: a.original(o + 1..c).to_owned() });
            }
        }
        // "Baz Pilate" for "the Baz Pilate gang", unless a person of the
        // article bears the name ("Carbone" is Rocco Carbone, not his clan).
        for d in &discovered {
            if d.kind != EntityKind::Group || d.tok.len() < 2 {
                continue;
            }
            let noun = a.lower_word(d.tok.end - 1);
            if a.is_capitalised(d.tok.end - 1) || !(is_group_tail_noun(noun) || noun == "network") {
                continue;
            }
            let bare = a.original(d.tok.start..d.tok.end - 1).to_owned();
            let key = super::text::name_key(&bare);
            let borne = discovered.iter().any(|p| {
                p.kind == EntityKind::Person
                    && super::text::name_key(&p.name).split(' ').any(|w| key.split(' ').any(|k| k == w))
            });
            if !borne {
                aliases.push(AliasDef { head: Head::Name(d.name.clone()), alias: bare });
            }
        }
        // "the PNP's Anti-Kidnapping Group": a unit named after a state
        // body's possessive is a state body too, whatever its head noun.
        for d in discovered.iter_mut().filter(|d| d.kind == EntityKind::Organization) {
            let t = d.tok.start;
            let owner_end = if t >= 3 && a.word(t - 2) == "'" && a.lower_word(t - 1) == "s" {
                t - 2
            } else if t >= 2 && a.word(t - 1) == "'" && a.lower_word(t - 2).ends_with('s') {
                t - 1
            } else {
                continue;
            };
            if a.lex_ending_at(owner_end)
                .is_some_and(|k| self.lexicon.entries[a.lex_mentions[k].entry as usize].kind == EntityKind::Agency)
            {
                d.kind = EntityKind::Agency;
            }
        }
        a.discovered = discovered;
        a.aliases = aliases;
    }

    /// "US intelligence", "American intelligence", "Pakistani police" for a
    /// country whose intelligence or police the lexicon cannot name one body
    /// for: a body of its own, one per country ("United States intelligence",
    /// "Pakistan police"), not the country.
    fn country_bodies(&self, a: &mut DocAnalysis, covered: &[bool], discovered: &mut Vec<Discovered>) {
        let mut found: Vec<Discovered> = Vec::new();
        let mut named: Vec<LexMention> = Vec::new();
        // The intelligence, security and police bodies the article names, with how often.
        let mut bodies: HashMap<u32, usize> = HashMap::default();
        for m in &a.lex_mentions {
            let e = &self.lexicon.entries[m.entry as usize];
            if e.kind == EntityKind::Agency
                && matches!(e.role.as_deref(), Some("intelligence" | "security" | "counterterrorism" | "police"))
            {
                *bodies.entry(m.entry).or_default() += 1;
            }
        }
        for s in &a.sentences {
            if s.title_case {
                continue;
            }
            for p in s.tok.start + 1..s.tok.end {
                if covered[p] || a.is_capitalised(p) {
                    continue;
                }
                // ("the Uzbek service", "the Kuwaiti agency": only the body the
                // article names.)
                let (police, only_named) = match a.lower_word(p) {
                    "intelligence" => (false, false),
                    "police" => (true, false),
                    "service" | "agency" if p >= 2 && a.lower_word(p - 2) == "the" => (false, true),
                    _ => continue,
                };
                // ("the US intelligence capabilities", "Russian intelligence reports":
                // a modifier of something else.)
                if p + 1 < s.tok.end
                    && (a.is_capitalised(p + 1)
                        || matches!(
                            a.lower_word(p + 1),
                            "capabilities"
                                | "capability"
                                | "reports"
                                | "report"
                                | "sources"
                                | "source"
                                | "failures"
                                | "failure"
                                | "sharing"
                                | "assessment"
                                | "assessments"
                                | "gathering"
                                | "cooperation"
                                | "estimates"
                                | "briefing"
                                | "briefings"
                                | "data"
                                | "information"
                                | "operation"
                                | "operations"
                                | "work"
                                | "station"
                                | "stations"
                                | "post"
                                | "posts"
                                | "uniform"
                                | "uniforms"
                                | "vehicle"
                                | "vehicles"
                        ))
                {
                    continue;
                }
                let country = match a.lex_ending_at(p).map(|k| &a.lex_mentions[k]) {
                    Some(m) if self.lexicon.entries[m.entry as usize].kind == EntityKind::Country => {
                        Some((m.tok.start, m.entry as usize))
                    }
                    Some(_) => None,
                    None if !covered[p - 1] => self.demonym_country.get(a.lower_word(p - 1)).map(|&e| (p - 1, e)),
                    None => None,
                };
                let Some((start, entry)) = country else { continue };
                // The article's own intelligence body of that country, if it names
                // one ("Russian intelligence" in a story about the FSB).
                let cname = &self.lexicon.entries[entry].name;
                let own = bodies
                    .iter()
                    .filter(|(e, _)| {
                        let e = &self.lexicon.entries[**e as usize];
                        e.country.as_deref() == Some(cname.as_str()) && (e.role.as_deref() == Some("police")) == police
                    })
                    .max_by_key(|(e, c)| (**c, std::cmp::Reverse(**e)));
                if let Some((&e, _)) = own {
                    named.push(LexMention { tok: start..p + 1, entry: e, generated: true });
                    continue;
                }
                if only_named {
                    continue;
                }
                // (Named after the country: a demonym-led name would be read back as
                // the country's generic form.)
                let name = format!("{cname} {}", a.lower_word(p));
                found.push(Discovered { name, kind: EntityKind::Agency, tok: start..p + 1, byline: false });
            }
        }
        if found.is_empty() && named.is_empty() {
            return;
        }
        let spans: Vec<Range<usize>> =
            found.iter().map(|d| d.tok.clone()).chain(named.iter().map(|m| m.tok.clone())).collect();
        a.lex_mentions.retain(|m| !spans.iter().any(|d| d.start <= m.tok.start && m.tok.end <= d.end));
        a.lex_mentions.extend(named);
        a.lex_mentions.sort_by_key(|m| m.tok.start);
        discovered.extend(found);
        discovered.sort_by_key(|d| d.tok.start);
    }

    /// "Istanbul police", "Bijapur police", "the Istanbul Police Department": a
    /// town's or province's police is a body of its own. The short form takes
    /// the long form's name when the article gives one.
    fn city_police(&self, a: &mut DocAnalysis, covered: &[bool], discovered: &mut Vec<Discovered>) {
        let mut found: Vec<Discovered> = Vec::new();
        // Where "police" is in each.
        let mut at: Vec<usize> = Vec::new();
        let mut dropped_places: Vec<usize> = Vec::new();
        for s in &a.sentences {
            for p in s.tok.start + 1..s.tok.end {
                // ("Jubaland security forces": a region's forces, the same way.)
                let forces = a.lower_word(p) == "forces"
                    && !a.is_capitalised(p)
                    && p > s.tok.start + 1
                    && a.word(p - 1) == "security";
                if a.lower_word(p) != "police" && !forces {
                    continue;
                }
                // "Chiapas state police", "Kano state police": the place before a
                // lower-case level of government (or before "security forces").
                let q = if forces
                    || p > s.tok.start + 1
                        && !a.is_capitalised(p - 1)
                        && matches!(a.lower_word(p - 1), "state" | "provincial" | "district" | "county" | "municipal")
                {
                    p - 1
                } else {
                    p
                };
                // The place before: a known place, or one or two capitalised
                // words the lexicon does not know, not opening the sentence.
                let place = a
                    .lex_ending_at(q)
                    .filter(|&k| self.lexicon.entries[a.lex_mentions[k].entry as usize].kind == EntityKind::Place);
                let start = match place {
                    // Never across a line ("ISTANBUL\n\nIstanbul police").
                    Some(k) => {
                        (a.lex_mentions[k].tok.start..q).find(|&b| !a.original(b..q).contains('\n')).unwrap_or(q - 1)
                    }
                    None => {
                        let mut b = q;
                        while b > s.tok.start && q - b < 2 && !covered[b - 1] && a.is_capitalised(b - 1) {
                            b -= 1;
                        }
                        let generic = (b..q).any(|k| {
                            is_stop_cap(a.lower_word(k))
                                || is_person_title(a.lower_word(k))
                                || org_head(a.lower_word(k)).is_some()
                                || self.demonym_country.contains_key(a.lower_word(k))
                                || matches!(
                                    a.lower_word(k),
                                    "federal"
                                        | "state"
                                        | "local"
                                        | "municipal"
                                        | "military"
                                        | "traffic"
                                        | "border"
                                        | "riot"
                                        | "secret"
                                        | "religious"
                                        | "city"
                                        | "provincial"
                                        | "district"
                                        | "national"
                                        | "regional"
                                        | "royal"
                                        | "every"
                                        | "all"
                                        | "some"
                                        | "many"
                                        | "most"
                                        | "other"
                                        | "any"
                                        | "each"
                                        | "european"
                                        | "western"
                                        | "foreign"
                                        | "international"
                                        | "african"
                                        | "arab"
                                        | "asian"
                                        | "latin"
                                )
                        });
                        // At a sentence's start, only a word the article also
                        // capitalises elsewhere ("Bijapur police said", not "Armed police").
                        let opening = b == s.tok.start
                            && !(0..a.tokens.len()).any(|k| {
                                k != b
                                    && a.lower_word(k) == a.lower_word(b)
                                    && a.is_capitalised(k)
                                    && a.sentences.binary_search_by_key(&k, |t| t.tok.start).is_err()
                            });
                        // Not across a line: "ISTANBUL\n\nIstanbul police".
                        let broken = b < q && a.original(b..q).contains('\n');
                        if b == q || opening || generic || broken || b > s.tok.start && a.word(b - 1) == "'" {
                            continue;
                        }
                        b
                    }
                };
                // Closing words of a long form: "Police Department", "Police Service".
                let mut end = p + 1;
                if a.is_capitalised(p) && place.is_none() {
                    // "Toronto Police Service": a name the main pass has found.
                    continue;
                } else if a.is_capitalised(p) {
                    while end < s.tok.end
                        && end < p + 3
                        && a.is_capitalised(end)
                        && matches!(org_head(a.lower_word(end)), Some(EntityKind::Agency))
                    {
                        end += 1;
                    }
                    // "Teknaf Model Police Station" is a station, found whole by the main pass.
                    if end < s.tok.end && a.is_capitalised(end) {
                        continue;
                    }
                } else if end < s.tok.end && a.is_capitalised(end) && org_head(a.lower_word(end)).is_some() {
                    continue;
                }
                if let Some(k) = place {
                    dropped_places.push(k);
                }
                let name = a.original(start..end).to_owned();
                found.push(Discovered { name, kind: EntityKind::Agency, tok: start..end, byline: false });
                at.push(p);
            }
        }
        if found.is_empty() {
            return;
        }
        // "Istanbul police" after "the Istanbul Police Department": one body.
        let long: Vec<(String, String)> = found
            .iter()
            .zip(&at)
            .filter(|(d, p)| d.tok.end > **p + 1)
            .map(|(d, p)| (super::text::name_key(a.original(d.tok.start..*p)), d.name.clone()))
            .collect();
        for (d, p) in found.iter_mut().zip(&at) {
            let place = super::text::name_key(a.original(d.tok.start..*p));
            if let Some((_, name)) = long.iter().find(|(p, _)| *p == place) {
                d.name = name.clone();
            }
        }
        dropped_places.sort_unstable();
        dropped_places.dedup();
        for k in dropped_places.into_iter().rev() {
            a.lex_mentions.remove(k);
        }
        discovered.retain(|d| !found.iter().any(|f| f.tok.start < d.tok.end && d.tok.start < f.tok.end));
        discovered.extend(found);
        discovered.sort_by_key(|d| d.tok.start);
    }

    /// "Jose Araya and Pedro Vega were recaptured": a name listed with a
    /// person ("A and B", "A, B and C") is a person too, when nothing says
    /// otherwise.
    fn listed_people(&self, a: &DocAnalysis, covered: &[bool], discovered: &mut Vec<Discovered>) {
        let mut found: Vec<Discovered> = Vec::new();
        let mut starts: Vec<usize> =
            discovered.iter().filter(|d| d.kind == EntityKind::Person && !d.byline).map(|d| d.tok.start).collect();
        while let Some(start) = starts.pop() {
            if start < 2 || !matches!(a.word(start - 1), "and" | ",") {
                continue;
            }
            let s = s_of(a, start);
            let end = start - 1;
            let mut b = end;
            while b > s.tok.start && end - b < 3 && !covered[b - 1] && a.is_capitalised(b - 1) {
                b -= 1;
            }
            if end - b < 2 || discovered.iter().chain(&found).any(|d| d.tok.start < end && b < d.tok.end) {
                continue;
            }
            // "Sepoy Imran Hussain": a rank is not part of the name.
            while end - b > 2 && is_person_title(a.lower_word(b).trim_end_matches('.')) {
                b += 1;
            }
            if !self.plain_name(a, b..end) || s.title_case || (b == s.tok.start && end - b < 2) {
                continue;
            }
            found.push(Discovered {
                name: a.original(b..end).to_owned(),
                kind: EntityKind::Person,
                tok: b..end,
                byline: false,
            });
            starts.push(b);
        }
        // Forward: "Waldemar K. and Ilja T. were arrested".
        let ends: Vec<usize> = discovered
            .iter()
            .chain(&found)
            .filter(|d| d.kind == EntityKind::Person && !d.byline)
            .map(|d| d.tok.end)
            .collect();
        for end in ends {
            // Past an initial's full stop: "Waldemar K." ends at "K".
            let mut b = end;
            if b < a.tokens.len() && a.word(b) == "." {
                b += 1;
            }
            // Past a short description: "Moses Kato, a driver, and Peter Ssali".
            b = skip_description(a, b);
            if b + 1 >= a.tokens.len() || !matches!(a.word(b), "and" | ",") {
                continue;
            }
            let s = s_of(a, end.saturating_sub(1));
            let start = b + 1;
            let mut e = start;
            while e < s.tok.end && e - start < 3 && !covered[e] && a.is_capitalised(e) {
                e += 1;
            }
            if e - start < 2 || discovered.iter().chain(&found).any(|d| d.tok.start < e && start < d.tok.end) {
                continue;
            }
            // The list goes on into a verb or a comma, not into more capitals.
            let closed = e >= s.tok.end || !a.is_capitalised(e);
            if self.plain_name(a, start..e) && closed && !s.title_case {
                found.push(Discovered {
                    name: a.original(start..e).to_owned(),
                    kind: EntityKind::Person,
                    tok: start..e,
                    byline: false,
                });
            }
        }
        if !found.is_empty() {
            discovered.extend(found);
            discovered.sort_by_key(|d| d.tok.start);
        }
    }

    /// Whether capitalised words could be a person's name: no title, head
    /// noun, place word, nationality or stop word among them.
    fn plain_name(&self, a: &DocAnalysis, run: Range<usize>) -> bool {
        let words: Vec<&str> = run.map(|k| a.lower_word(k)).collect();
        !self.demonym_country.contains_key(&words.join(" "))
            && words.iter().all(|w| {
                !is_stop_cap(w)
                    && org_head(w).is_none()
                    && !is_place_word(w)
                    && !is_institution_word(w)
                    && !self.demonym_country.contains_key(*w)
                    && !is_person_title(w)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            })
    }

    /// Where a capitalised run `i..j` goes on after a connector word at `j`
    /// that joins two parts of one organisation's name, if it does.
    fn name_connector(&self, a: &DocAnalysis, s: &Sentence, i: usize, j: usize, covered: &[bool]) -> Option<usize> {
        if j + 1 >= s.tok.end {
            return None;
        }
        let w = a.lower_word(j);
        let head_before = (i..j).any(|k| org_head(a.lower_word(k)).is_some());
        let tail = (i..j).any(|k| matches!(a.lower_word(k), "of" | "for" | "to" | "against" | "on"));
        let mut k = j + 1;
        // "the Front for Change and Concord in Chad (FACT)": a country closes the
        // name the acronym right after it stands for.
        if w == "in" && head_before {
            let m = a.lex_starting_at(k)?;
            let e = m.tok.end;
            let place = matches!(self.lexicon.entries[m.entry as usize].kind, EntityKind::Country | EntityKind::Place);
            return (place && bracketed_acronym_at(a, e, s)).then_some(e);
        }
        match w {
            // ("Directorate for the Execution of Sanctions": a name already
            // past one connector goes on through "of".)
            "of" | "for" | "against" | "on" | "to"
                if head_before && (org_head(a.lower_word(j - 1)).is_some() || tail && w == "of") =>
            {
                // "to" joins only a verb: "Force to Fight Crime".
                if w == "to" && !(k < s.tok.end && a.is_capitalised(k) && org_head(a.lower_word(k)).is_none()) {
                    return None;
                }
                if w != "to" && k + 1 < s.tok.end && a.lower_word(k) == "the" {
                    k += 1;
                }
            }
            // "Criminal Investigation and Detection Group": the name goes on
            // to a head noun.
            "and" if tail && head_before || self.ends_in_head(a, s, j + 1, covered) => {}
            _ => return None,
        }
        if k >= s.tok.end || !a.is_capitalised(k) || is_stop_cap(a.lower_word(k)) {
            return None;
        }
        if covered[k] {
            // "Intelligence Service of the Armed Forces of the Philippines": a
            // known body may close a unit's name, never a country or a person.
            let m = a.lex_starting_at(k)?;
            let kind = self.lexicon.entries[m.entry as usize].kind;
            if w == "and" || !matches!(kind, EntityKind::Agency) || !a.is_capitalised(j - 1) {
                return None;
            }
            return Some(m.tok.end);
        }
        Some(k + 1)
    }

    /// Whether the capitalised run from `k` ends in an organisation's head noun.
    fn ends_in_head(&self, a: &DocAnalysis, s: &Sentence, k: usize, covered: &[bool]) -> bool {
        let mut e = k;
        while e < s.tok.end && !covered[e] && a.is_capitalised(e) {
            e += 1;
        }
        e > k && e - k <= 4 && org_head(a.lower_word(e - 1)).is_some()
    }

    /// The lexicon body named "NAME (Country)" or "NAME of Country" for a
    /// discovered NAME right after "Country's".
    fn country_body(&self, a: &DocAnalysis, d: &Discovered) -> Option<u32> {
        let s = d.tok.start;
        // "Brazilian Federal Police": the lexicon's "Federal Police of Brazil".
        if let Some((first, rest)) = d.name.split_once(' ')
            && let Some(&c) = self.demonym_country.get(&fold(first).to_lowercase())
            && let Some(found) = self.country_form(rest, c)
        {
            return Some(found as u32);
        }
        // "Spain's National Police": Spain's, whatever other country's body is
        // also called "National Police".
        if s < 3 || a.word(s - 2) != "'" || a.lower_word(s - 1) != "s" {
            return None;
        }
        let m = &a.lex_mentions[a.lex_ending_at(s - 2)?];
        if self.lexicon.entries[m.entry as usize].kind != EntityKind::Country {
            return None;
        }
        let bare = d.name.trim_start_matches("the ").trim_start_matches("The ");
        self.country_form(bare, m.entry as usize).map(|i| i as u32)
    }

    fn lexicon_knows(&self, form: &str) -> bool {
        self.acronyms.contains_key(&fold(form))
    }

    /// Decides whether a capitalised run is a person or an organisation.
    /// Names defined by an acronym the lexicon does not know whose capitals
    /// spell the name's words, where the ordinary discovery missed them or cut
    /// them short (a known place inside, a mixed-case acronym).
    fn acronym_spelled_names(&self, a: &DocAnalysis, covered: &[bool], discovered: &[Discovered]) -> Vec<Discovered> {
        let mut out = Vec::new();
        for i in 1..a.tokens.len().saturating_sub(2) {
            if a.word(i) != "(" || a.word(i + 2) != ")" {
                continue;
            }
            let acr = a.word(i + 1);
            let caps: Vec<char> = acr.chars().filter(|c| c.is_ascii_uppercase()).collect();
            let shape = acr.len() <= 8
                && acr.starts_with(|c: char| c.is_ascii_uppercase())
                && acr.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if caps.len() < 3 || !shape || self.lexicon_knows(acr) {
                continue;
            }
            if discovered.iter().any(|d| d.tok.end == i && d.kind != EntityKind::Person) {
                continue;
            }
            let k = a.sentences.partition_point(|s| s.tok.end <= i);
            let Some(s) = a.sentences.get(k).filter(|s| s.tok.contains(&i)) else { continue };
            // Walk back over capitalised words, connectors and known places.
            let connector = |w: &str| matches!(w, "of" | "for" | "the" | "and" | "al" | "el" | "de");
            let mut k = i;
            let mut letters: Vec<char> = Vec::new();
            let mut found = None;
            while k > s.tok.start && i - k < 10 {
                let j = k - 1;
                let w = a.lower_word(j);
                let place = covered[j]
                    && a.lex_mentions.iter().any(|m| {
                        m.tok.contains(&j)
                            && matches!(
                                self.lexicon.entries[m.entry as usize].kind,
                                EntityKind::Place | EntityKind::Country
                            )
                    });
                if !(a.is_capitalised(j) || connector(w) || place) {
                    break;
                }
                if covered[j] && !place {
                    break;
                }
                if !connector(w) {
                    // ("Counter-Intelligence Kashmir (CIK)": each capitalised part
                    // of a hyphenated word gives a letter.)
                    let parts: Vec<char> =
                        a.word(j).split('-').filter_map(|p| p.chars().next()).filter(|c| c.is_uppercase()).collect();
                    let initials = if parts.len() > 1 {
                        parts
                    } else {
                        vec![a.word(j).chars().next().unwrap_or(' ').to_ascii_uppercase()]
                    };
                    letters.splice(0..0, initials);
                }
                k = j;
                if letters == caps && !connector(w) {
                    found = Some(k);
                }
                if letters.len() > caps.len() {
                    break;
                }
            }
            let Some(start) = found else { continue };
            let words: Vec<&str> = (start..i).map(|j| a.lower_word(j)).collect();
            let has_head = words.iter().flat_map(|w| w.split('-')).any(|w| org_head(w).is_some() || is_state_word(w));
            // "Senior Superintendent of Police (SSP)" is a rank, not a body.
            let rank =
                words.ends_with(&["of", "police"]) && !words[..words.len() - 2].iter().any(|w| org_head(w).is_some());
            if words.len() < 2 || !has_head || rank {
                continue;
            }
            let kind = match org_head(words[words.len() - 1]) {
                Some(EntityKind::Organization) if !words.iter().any(|w| is_state_word(w)) => {
                    if words.iter().any(|w| is_militant_word(w)) { EntityKind::Group } else { EntityKind::Organization }
                }
                Some(k) if k != EntityKind::Media => k,
                _ => body_kind(&words),
            };
            out.push(Discovered { name: a.original(start..i).to_owned(), kind, tok: start..i, byline: false });
        }
        out
    }

    fn classify(
        &self,
        a: &DocAnalysis,
        s: &Sentence,
        run: Range<usize>,
        byline: bool,
        solo: &HashMap<&str, u32>,
    ) -> Option<Discovered> {
        let words: Vec<&str> = run.clone().map(|k| a.lower_word(k)).collect();
        // "al-Marwani" is a surname; a bare "al" or "bin" is not a word of its own.
        let n_words = words
            .iter()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .filter(|w| !is_name_particle(w) || is_kunya_start(w) || w.contains('-'))
            .count();
        // Names keep their accents ("Kemal Aydın"); matching folds them anyway.
        let name = a.original(run.clone()).to_owned();
        if self.lexicon.ignore.contains(&super::text::name_key(&name)) {
            return None;
        }
        let last = *words.last()?;
        // "arrested D.M. (29), S.K. (33) and A.V. (40)": people named by their
        // initials with an age, as privacy rules in much of Europe require.
        if run.len() == 1 && !s.title_case {
            let w = a.word(run.start);
            // (Two letters, each with its dot.)
            let initials = w.len() == 4 && w.ends_with('.') && super::text::is_initials(w);
            let aged = run.end + 2 < s.tok.end
                && a.word(run.end) == "("
                && a.word(run.end + 1).bytes().all(|c| c.is_ascii_digit())
                && a.word(run.end + 2) == ")";
            if initials && aged {
                return Some(Discovered { name, kind: EntityKind::Person, tok: run, byline: false });
            }
        }
        // "Operation Shujaa" names a campaign, not an actor.
        if matches!(words[0], "operation" | "operations") {
            return None;
        }
        // "hunting Jaysh Ayman fighters": a name whose fighters are spoken of
        // is an armed group's.
        if run.end < s.tok.end
            && matches!(
                a.lower_word(run.end),
                "fighters" | "militants" | "gunmen" | "insurgents" | "jihadists" | "commanders" | "cadres"
            )
            && !words.iter().any(|w| is_person_title(w) || self.demonym_country.contains_key(*w))
            // (Not "Islamic State-inspired militants", nor a headline's
            // "Separatist fighters": two words at least, or an acronym.)
            && !["-inspired", "-linked", "-backed", "-aligned", "-affiliated", "-led", "-allied", "-style"]
                .iter()
                .any(|x| last.ends_with(x))
            && (run.len() >= 2 || is_acronym(a.word(run.start)))
        {
            return Some(Discovered { name, kind: EntityKind::Group, tok: run, byline: false });
        }
        // The head noun: the last word, or the one before a connector
        // ("Committee for National Security", "Force to Fight Crime").
        let head_word = if org_head(last).is_some() {
            last
        } else if words.len() >= 2
            && last.bytes().all(|b| b.is_ascii_digit())
            && org_head(words[words.len() - 2]).is_some()
        {
            // "Ranger Regiment 41", "Light Infantry Battalion 552".
            words[words.len() - 2]
        } else {
            words
                .iter()
                .position(|w| matches!(*w, "of" | "for" | "to" | "against" | "on"))
                .and_then(|c| c.checked_sub(1))
                .map_or(last, |c| words[c])
        };
        // ("Regional Trial Court Branch 12": a court's branch is the court's.)
        if head_word == "branch" && words.len() >= 2 && org_head(words[words.len() - 2]).is_some() {
            return None;
        }
        let head = org_head(head_word);
        // "Criminal Investigation and Detection Group": a state body, whatever its head noun.
        let head = head.map(|k| {
            let state = words.iter().any(|w| {
                matches!(
                    *w,
                    "police"
                        | "investigation"
                        | "investigations"
                        | "intelligence"
                        | "detection"
                        | "criminal"
                        | "counter-terrorism"
                        | "counterterrorism"
                        | "anti-terrorism"
                        | "security"
                        | "prosecutor"
                        | "prosecutors"
                        | "attorney"
                        | "prosecution"
                )
            });
            let body = matches!(
                head_word,
                "group" | "network" | "office" | "team" | "alliance" | "coalition" | "institute" | "centre" | "center"
            );
            // "Ngoketunjia Division", "Bui Division": an administrative area
            // unless a military word or an ordinal says otherwise.
            let armed = |w: &&str| {
                matches!(
                    *w,
                    "infantry"
                        | "armoured"
                        | "armored"
                        | "army"
                        | "police"
                        | "marine"
                        | "airborne"
                        | "mechanised"
                        | "mechanized"
                        | "special"
                        | "intelligence"
                        | "investigation"
                        | "security"
                        | "rapid"
                        | "counter-terrorism"
                        | "counterterrorism"
                        | "anti-terrorism"
                        | "mountain"
                        | "light"
                        | "artillery"
                        | "cavalry"
                        | "commando"
                        | "naval"
                        | "air"
                )
            };
            let area = head_word == "division"
                && !words.iter().any(|w| {
                    armed(w)
                        || is_ordinal(w)
                        || matches!(
                            *w,
                            "first"
                                | "second"
                                | "third"
                                | "fourth"
                                | "fifth"
                                | "sixth"
                                | "seventh"
                                | "eighth"
                                | "ninth"
                                | "tenth"
                        )
                })
                && !(run.start > s.tok.start && is_ordinal(a.lower_word(run.start - 1)));
            // "103rd Infantry Brigade", "6th Mechanised Battalion": a numbered
            // unit of an army.
            let army_unit = k == EntityKind::Group
                && head_word == last
                && matches!(head_word, "brigade" | "battalion" | "division" | "regiment" | "squadron" | "corps")
                && (words.iter().any(|w| is_ordinal(w) || armed(w))
                    || run.start > s.tok.start && is_ordinal(a.lower_word(run.start - 1)));
            if area {
                EntityKind::Place
            } else if army_unit || matches!(k, EntityKind::Organization | EntityKind::Group) && state && body {
                EntityKind::Agency
            } else if k == EntityKind::Organization && !state && words.iter().any(|w| is_militant_word(w)) {
                // "Libyan Islamic Fighting Group", "Benghazi Revolutionaries Shura Council".
                EntityKind::Group
            } else {
                k
            }
        });
        // "the Police Administration", "the Customs Administration": a state
        // body when its words say so ("the Trump Administration" is none).
        let head = head.or_else(|| {
            (last == "administration"
                && words.iter().any(|w| {
                    matches!(
                        *w,
                        "police"
                            | "security"
                            | "enforcement"
                            | "customs"
                            | "prison"
                            | "prisons"
                            | "penitentiary"
                            | "tax"
                            | "revenue"
                            | "drug"
                            | "border"
                            | "immigration"
                    )
                }))
            .then_some(EntityKind::Agency)
        });
        if let Some(kind) = head {
            // "the X Front", "the ELN's Eastern War Front", "the Benghazi
            // Defence Brigades (BDB)" (a place leads the name: it joins later).
            let place_led = run.start > s.tok.start
                && a.lex_ending_at(run.start).map(|k| &a.lex_mentions[k]).is_some_and(|m| {
                    m.tok.end == run.start
                        && matches!(
                            self.lexicon.entries[m.entry as usize].kind,
                            EntityKind::Place | EntityKind::Country
                        )
                        && (m.tok.start > s.tok.start && a.lower_word(m.tok.start - 1) == "the"
                            || acronym_follows(a, &(m.tok.start..run.end), s))
                });
            let defined = place_led
                || run.start > s.tok.start
                    && (a.lower_word(run.start - 1) == "the"
                        || run.start >= s.tok.start + 2
                            && a.lower_word(run.start - 1) == "s"
                            && a.word(run.start - 2) == "'");
            let n_words = if place_led { n_words + 1 } else { n_words };
            if n_words >= 2 && (defined || kind != EntityKind::Group) && !s.title_case {
                return Some(Discovered { name, kind, tok: run, byline: false });
            }
            return None;
        }
        // "the Baz Pilate gang", "the rival Kavač clan", "the 'Kuzgunlar'
        // extortion gang": a name before a lower-case gang noun is the gang's.
        if !s.title_case
            && !words.iter().any(|w| self.demonym_country.contains_key(*w))
            && let Some(noun) = group_noun_follows(a, s, &run)
        {
            // Named with its noun when it follows at once ("Carbone clan" is
            // not Rocco Carbone); the bare name becomes an alias later.
            let tok = if noun == run.end { run.start..noun + 1 } else { run };
            let name = a.original(tok.clone()).to_owned();
            return Some(Discovered { name, kind: EntityKind::Group, tok, byline: false });
        }
        // "Los Gallegos", "Los Chapitos": a gang, not a person.
        if n_words >= 2 && !s.title_case && matches!(words[0], "los" | "las") {
            return Some(Discovered { name, kind: EntityKind::Group, tok: run, byline: false });
        }
        // "Bayt al-Sarf", "Diwan Bayt al-Mal": a house, office or council, not a person.
        if n_words >= 2
            && !s.title_case
            && matches!(words[0], "bayt" | "beit" | "diwan" | "dar" | "markaz" | "maktab" | "majlis")
        {
            return Some(Discovered { name, kind: EntityKind::Organization, tok: run, byline: false });
        }
        // "Katibat Imam al-Bukhari", "Jaish al-Adl": a leading word that means
        // brigade, army, front or party.
        if n_words >= 2 && is_group_lead(words[0]) && !s.title_case {
            return Some(Discovered { name, kind: EntityKind::Group, tok: run, byline: false });
        }
        // "Dawlah Islamiyah (DI)": a name its acronym abbreviates is a body's.
        if n_words >= 2 && !s.title_case && acronym_follows(a, &run, s) {
            return Some(Discovered { name, kind: body_kind(&words), tok: run, byline: false });
        }
        // "the Military Security (SEMIL)": a state body's words and its own
        // acronym, even one from another language.
        if n_words >= 2
            && !s.title_case
            && run.end + 2 < s.tok.end
            && a.word(run.end) == "("
            && a.word(run.end + 2) == ")"
            && is_acronym(a.word(run.end + 1))
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "security" | "intelligence" | "police" | "military" | "defence" | "defense" | "gendarmerie"
                )
            })
        {
            return Some(Discovered { name, kind: EntityKind::Agency, tok: run, byline: false });
        }
        // "the Runda Kumpulan Kecil, or RKK, the armed wing of the BRN": a body
        // described as part of another is a group.
        if n_words >= 2 && !s.title_case && described_as_part(a, s, run.end) {
            return Some(Discovered { name, kind: EntityKind::Group, tok: run, byline: false });
        }
        // "the 4th Army Region", "Military Region 3": a command of an army, not an area.
        if n_words >= 2
            && words.iter().any(|w| matches!(*w, "army" | "military" | "naval"))
            && words.iter().any(|w| matches!(*w, "region" | "zone"))
        {
            return Some(Discovered { name, kind: EntityKind::Agency, tok: run, byline: false });
        }
        // "Cotabato City", "Lanao del Sur", "Shariff Aguak District": places are
        // recognised, so they are never taken for people.
        if words.iter().any(|w| is_place_word(w)) {
            return Some(Discovered { name, kind: EntityKind::Place, tok: run, byline: false });
        }
        if words.iter().any(|w| is_institution_word(w)) {
            return None;
        }
        if byline && (2..=4).contains(&n_words) {
            return Some(Discovered { name, kind: EntityKind::Person, tok: run, byline: true });
        }
        // "in Gioia Tauro", "a businessman from Naberezhnye Chelny", a dateline
        // "REGGIO CALABRIA -": a place.
        {
            let b1 = (run.start > s.tok.start).then(|| a.lower_word(run.start - 1));
            let b2 = (run.start >= s.tok.start + 2).then(|| a.lower_word(run.start - 2));
            let a1 = (run.end < s.tok.end).then(|| a.lower_word(run.end));
            let spatial = matches!(b1, Some("in" | "near" | "outside" | "around" | "across")) && a1 != Some("'");
            let from_place = b1 == Some("from")
                && b2.is_some_and(|w| is_human_noun(w) || w.ends_with("man") || w.ends_with("woman") || w == "native")
                || b1 == Some("of")
                    && b2.is_some_and(|w| {
                        matches!(
                            w,
                            "native"
                                | "resident"
                                | "residents"
                                | "town"
                                | "city"
                                | "village"
                                | "province"
                                | "district"
                                | "region"
                                | "outskirts"
                                | "suburb"
                                | "county"
                                | "clan"
                                | "gang"
                                | "mayor"
                                | "governor"
                                | "port"
                                | "police"
                                | "people"
                        )
                    });
            // (The words in capitals: "SANTA CRUZ, Bolivia (AP) —".)
            let dateline = run.start == s.tok.start
                && a.word(run.start).chars().all(|c| !c.is_lowercase())
                && (matches!(a1, Some("-" | "—" | "–" | ":"))
                    || a1 == Some(",") && run.clone().all(|k| a.word(k).chars().all(|c| !c.is_lowercase())));
            // "US-trained Somali": a nationality, not a name.
            let demonym_last = words.len() >= 2 && self.demonym_country.contains_key(words[words.len() - 1]);
            if (spatial || from_place || dateline || demonym_last) && !is_kunya_start(words[0]) {
                return Some(Discovered { name, kind: EntityKind::Place, tok: run, byline: false });
            }
        }
        let kunya = is_kunya_start(words[0]) && n_words >= 2;
        if !kunya && (s.title_case || !(2..=4).contains(&n_words)) {
            return None;
        }
        if words.iter().any(|w| w.chars().all(|c| c.is_ascii_uppercase() || !c.is_alphabetic()) && w.len() > 1) {
            // Contains an acronym: not a personal name.
            if !kunya {
                return None;
            }
        }
        // ("arrested Venezuelan Luis Marcano": the words before the nationality.)
        let nationality = run.start > s.tok.start && a.is_capitalised(run.start - 1) && {
            let w = a.lower_word(run.start - 1);
            self.demonym_country.contains_key(w)
                || w.strip_suffix('s').is_some_and(|l| l.len() > 3 && self.demonym_country.contains_key(l))
        };
        let from = run.start - usize::from(nationality);
        let before = |k: usize| (from >= s.tok.start + k).then(|| a.lower_word(from - k));
        let after = |k: usize| (run.end + k - 1 < s.tok.end).then(|| a.lower_word(run.end + k - 1));
        let titled = (1..=2).any(|k| {
            before(k).is_some_and(|w| is_person_title(w.trim_end_matches('.')) || self.rules.roles.contains(w))
        }) || before(1) == Some("of") && before(2).is_some_and(|w| self.trigger_words.contains(w))
            // "the sons of Joaquín Guzmán", "the widow of Ali Musa".
            || before(1) == Some("of")
                && before(2).is_some_and(|w| {
                    matches!(
                        w,
                        "son" | "sons" | "daughter" | "daughters" | "wife" | "widow" | "brother" | "brothers" | "nephew"
                            | "cousin" | "father" | "mother" | "family" | "associate" | "associates" | "successor"
                    )
                })
            // "providing support to Idris Haddad", "in contact with Ali Musa".
            || matches!(before(1), Some("to" | "with"))
                && before(2).is_some_and(|w| {
                    matches!(
                        w,
                        "support" | "help" | "assistance" | "money" | "funds" | "weapons" | "shelter" | "contact"
                            | "touch" | "ties" | "linked" | "close" | "married" | "loyalty" | "allegiance" | "loyal"
                    )
                });
        // "Ochoa's friend Ramon Mejia", "his cousin Bahrom Karimov": a
        // person's relation named right after the possessive.
        let titled = titled
            || before(1).is_some_and(|w| is_human_noun(w) && !w.ends_with('s'))
                && (before(2) == Some("s") && before(3) == Some("'")
                    || before(2).is_some_and(|w| matches!(w, "his" | "her" | "their")));
        // "His successor, Qasim al-Raymi, led the group", "its deputy leader,
        // X,": a name set off after a person's relation or office.
        let named_after_noun = before(1) == Some(",")
            && after(1).is_some_and(|w| matches!(w, "," | "." | "-" | "—"))
            && before(2).is_some_and(|w| {
                matches!(
                    w,
                    "successor"
                        | "predecessor"
                        | "deputy"
                        | "replacement"
                        | "brother"
                        | "son"
                        | "cousin"
                        | "nephew"
                        | "father"
                        | "wife"
                        | "bodyguard"
                        | "driver"
                        | "lawyer"
                        | "aide"
                        | "accomplice"
                )
            });
        // "detained a relative of Dualeh, Abdiqani Yusuf Warsame, in Hargeisa":
        // a name set off after "a <relation> of <name>".
        let named_after_noun = named_after_noun
            || before(1) == Some(",")
                && after(1).is_some_and(|w| matches!(w, "," | "." | "in" | "at" | "on"))
                && (3..=6).any(|k| {
                    before(k) == Some("of")
                        && before(k + 1).is_some_and(|w| is_human_noun(w) && !w.ends_with('s'))
                        && before(k + 2).is_some_and(|w| matches!(w, "a" | "an"))
                        && (2..k).all(|j| run.start >= s.tok.start + j && a.is_capitalised(run.start - j))
                });
        // "A spokesman for the group, Haider al-Musawi, said": a name set off
        // after a role and its body.
        let named_after_role = before(1) == Some(",")
            && after(1).is_some_and(|w| matches!(w, "," | "."))
            && (2..=6).any(|k| {
                let article = |w: Option<&str>| w.is_some_and(|w| matches!(w, "a" | "an" | "the" | "its" | "their"));
                before(k).is_some_and(|w| self.rules.roles.contains(w) && !w.ends_with('s'))
                    // ("a rival trafficker, Nestor Ayala": past one modifier.)
                    && (article(before(k + 1))
                        || before(k + 1).is_some_and(|w| {
                            w.len() > 3 && w.bytes().all(|b| b.is_ascii_lowercase()) && !self.trigger_words.contains(w)
                        }) && article(before(k + 2)))
                    && (2..k).all(|j| {
                        before(j).is_some_and(|w| !matches!(w, "," | "said" | "told" | "and" | "who" | "which"))
                    })
            });
        let apposition = after(1) == Some(",")
            && after(2).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an"
                        | "another"
                        | "the"
                        | "who"
                        | "whom"
                        | "one"
                        | "aged"
                        | "whose"
                        | "known"
                        | "also"
                        | "alias"
                        | "nicknamed"
                        | "dubbed"
                        | "was"
                        | "is"
                        | "has"
                        | "had"
                        | "chief"
                        | "senior"
                        | "deputy"
                        | "former"
                        | "head"
                        | "described"
                        | "accused"
                        | "believed"
                        | "wanted"
                        | "suspected"
                ) || w.chars().all(|c| c.is_ascii_digit())
                    && !after(3).is_some_and(|w| w.chars().all(char::is_alphabetic))
                    || self.rules.roles.contains(w)
            });
        // '"...," said Marco Ferraiolo': a quote's speaker after the verb.
        let said_by = before(1).is_some_and(|w| matches!(w, "said" | "says" | "added" | "explained" | "told"))
            && after(1) == Some(",");
        // "Mohamed Rizvan Hakeem (41)": an age in parentheses.
        let aged = after(1) == Some("(")
            && after(2).is_some_and(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
            && after(3) == Some(")");
        let says =
            after(1).is_some_and(is_saying_verb) || (after(1) == Some(",") && after(2).is_some_and(is_saying_verb));
        // "Jintu Dutta alias Rongmon Asom": a name with its nom de guerre.
        let says = says || after(1) == Some("alias") && run.end + 1 < s.tok.end && a.is_capitalised(run.end + 1);
        // "Quintero" alone elsewhere confirms "Arley Quintero Rojas".
        let surname_again = words[1..].iter().any(|w| solo.get(w).is_some_and(|&c| c >= 2));
        // "arrested Ali Musa", "led by Ali Musa", "Ali Musa escaped", "Ali Musa had sworn".
        let after_trigger = before(1).is_some_and(|w| self.verb_words.contains(w))
            || before(1) == Some("by") && before(2).is_some_and(|w| self.verb_words.contains(w))
            // "shot dead Ali Musa", "gunned down", "picked up".
            || matches!(
                (before(2), before(1)),
                (Some("shot"), Some("dead")) | (Some("gunned"), Some("down")) | (Some("picked" | "rounded"), Some("up"))
            )
            // "Prosecutors accuse Wilmer Sulbaran of", "a court sentenced Ali Musa to".
            || before(1).is_some_and(|w| {
                matches!(
                    w,
                    "accuse" | "accuses" | "accused" | "charged" | "indicted" | "convicted" | "sentenced" | "jailed"
                )
            }) && after(1).is_some_and(|w| matches!(w, "of" | "with" | "to" | "for" | ","));
        let acts = after(1).is_some_and(|w| {
            self.verb_words.contains(w)
                || matches!(
                    w,
                    "had"
                        | "has"
                        | "was"
                        | "is"
                        | "would"
                        | "will"
                        | "remains"
                        | "became"
                        | "allegedly"
                        | "took"
                        | "joined"
                        | "fled"
                        | "founded"
                        | "spent"
                        | "returned"
                        | "travelled"
                        | "traveled"
                        | "lived"
                        | "ran"
                        | "oversaw"
                        | "managed"
                        | "headed"
                )
        });
        // "two fishermen, Rahmat Hidayat and Sulaiman Tanjung": names listed after people.
        let listed = before(1) == Some(",")
            && before(2).is_some_and(|w| {
                let w = w.trim_end_matches('s');
                is_human_noun(w) || is_occupation_noun(w)
            })
            || before(1) == Some("and") && before(2).is_some_and(|w| solo.contains_key(w));
        // "identified only as Fadi M.", "named as Ali H.": a name given as such,
        // and the privacy form of a name (a first name and an initial).
        let identified =
            before(1) == Some("as") && before(2).is_some_and(|w| matches!(w, "identified" | "named" | "only"));
        let initial = words.len() == 2
            && words[1].len() == 1
            && run.end < s.tok.end
            && a.word(run.end) == "."
            // ("Li W.", "Xu T.": short given names too, but no "Mr" or "St".)
            && (words[0].len() >= 3
                || words[0].len() == 2
                    && words[0].as_bytes()[1].is_ascii_lowercase()
                    && !matches!(words[0], "Mr" | "Ms" | "Dr" | "St" | "Mt" | "Lt" | "Co" | "No" | "Jr" | "Sr"));
        if kunya
            || titled
            || named_after_noun
            || named_after_role
            || apposition
            || aged
            || said_by
            || says
            || surname_again
            || after_trigger
            || acts
            || listed
            || identified
            || initial
        {
            Some(Discovered { name, kind: EntityKind::Person, tok: run, byline: false })
        } else {
            None
        }
    }

    fn alias_definition(
        &self,
        a: &DocAnalysis,
        s: &Sentence,
        marker: usize,
        after: usize,
        discovered: &[Discovered],
    ) -> Option<AliasDef> {
        // The alias: a quoted string or a capitalised run right after the marker.
        let mut k = after;
        while k < s.tok.end
            && matches!(
                a.lower_word(k),
                ":" | ","
                    | "the"
                    | "name"
                    | "alias"
                    | "nickname"
                    | "moniker"
                    | "kunya"
                    | "nom"
                    | "de"
                    | "guerre"
                    | "of"
            )
        {
            k += 1;
        }
        if k >= s.tok.end {
            return None;
        }
        let alias_tok = if matches!(a.word(k), "\"" | "'") {
            let q = a.word(k).to_owned();
            let close = (k + 1..s.tok.end).find(|&j| a.word(j) == q || (q == "\"" && a.word(j) == "'"))?;
            k + 1..close
        } else {
            let mut e = k;
            while e < s.tok.end && (a.is_capitalised(e) || is_name_particle(a.lower_word(e))) {
                e += 1;
            }
            k..e
        };
        if alias_tok.is_empty() || alias_tok.len() > 8 {
            return None;
        }
        let mut alias = a.original(alias_tok.clone()).to_owned();
        alias = alias.trim_matches(|c: char| c.is_ascii_punctuation() && c != '-').trim().to_owned();
        if alias.is_empty() || !alias.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // A sentence opening on the alias names its person right after the
        // comma, among those named before the sentence: "Known among fighters as
        // Abu Maryam, he is being questioned" (the last one, not one quoted:
        // "army spokesman Tukur Onuoha told reporters"); "Known to fighters as
        // "Mzee Kikuku", Kasozi is described as ..." (the one whose name holds
        // the word).
        let quoted = alias_tok.end < s.tok.end && matches!(a.word(alias_tok.end), "\"" | "'");
        let after_alias = alias_tok.end + usize::from(quoted);
        if marker == s.tok.start && after_alias + 1 < s.tok.end && a.word(after_alias) == "," {
            let next = after_alias + 1;
            let before = |d: &&Discovered| d.kind == EntityKind::Person && d.tok.end <= s.tok.start;
            let define = |d: &Discovered| AliasDef { head: Head::Name(d.name.clone()), alias: alias.clone() };
            if matches!(a.lower_word(next), "he" | "she") {
                return discovered.iter().filter(before).rfind(|d| !is_speaker(a, d.tok.clone())).map(define);
            }
            let word = a.lower_word(next);
            if a.is_capitalised(next)
                && let Some(d) = discovered
                    .iter()
                    .filter(before)
                    .rfind(|d| d.tok.len() >= 2 && d.tok.clone().any(|k| a.lower_word(k) == word))
            {
                return Some(define(d));
            }
        }
        // "Fighters knew him as "Mzee Jamal"", "he was known to his comrades
        // by the nom de guerre X": the person named last before the sentence
        // (no one named in it before the marker).
        let pronoun = (marker..after).any(|k| matches!(a.lower_word(k), "him" | "her"))
            || marker >= s.tok.start + 2
                && matches!(a.lower_word(marker - 1), "was" | "is")
                && matches!(a.lower_word(marker - 2), "he" | "she");
        if pronoun {
            let named_here = discovered
                .iter()
                .any(|d| d.kind == EntityKind::Person && d.tok.start >= s.tok.start && d.tok.end <= marker);
            if !named_here {
                let before = |d: &&Discovered| d.kind == EntityKind::Person && d.tok.end <= s.tok.start;
                return discovered
                    .iter()
                    .filter(before)
                    .rfind(|d| !is_speaker(a, d.tok.clone()))
                    .map(|d| AliasDef { head: Head::Name(d.name.clone()), alias: alias.clone() });
            }
        }
        // "recruited by a man who used the name "Sasha"": the alias of someone
        // unnamed, not of the name before him.
        if marker >= s.tok.start + 2
            && a.lower_word(marker - 1) == "who"
            && is_human_noun(a.lower_word(marker - 2))
            && !a.is_capitalised(marker - 2)
        {
            return None;
        }
        // The head: the nearest name before the marker in this sentence.
        // Places and countries have no aliases of this kind; a named person
        // in the window beats a lone capitalised word ("a native of Shirqat").
        let lo = s.tok.start.max(marker.saturating_sub(16));
        let lex = a.lex_mentions.iter().rfind(|m| {
            m.tok.end <= marker
                && m.tok.start >= lo
                && !matches!(self.lexicon.entries[m.entry as usize].kind, EntityKind::Place | EntityKind::Country)
        });
        let disc = discovered.iter().rfind(|d| d.tok.end <= marker && d.tok.start >= lo && d.kind != EntityKind::Place);
        let solo = (lo..marker).rev().find(|&j| {
            a.is_capitalised(j)
                && !is_stop_cap(a.lower_word(j))
                && !a.lex_mentions.iter().any(|m| m.tok.contains(&j))
                && !discovered.iter().any(|d| d.kind == EntityKind::Place && d.tok.contains(&j))
        });
        let best_disc = disc.map(|d| d.tok.end);
        let best_lex = lex.map(|m| m.tok.end);
        let best_solo = if disc.is_some_and(|d| d.kind == EntityKind::Person) { None } else { solo.map(|j| j + 1) };
        let nearest = [best_disc, best_lex, best_solo].into_iter().flatten().max()?;
        // "an M23 officer known only as "Kadogo"": a person's, not the body's.
        // ("Ali Musa, a senior commander known as 'the Butcher'": his.)
        let person_named = disc.is_some_and(|d| d.kind == EntityKind::Person && d.tok.end == nearest);
        if !person_named
            && (nearest..marker).any(|j| {
                let w = a.lower_word(j);
                !a.is_capitalised(j) && (self.rules.roles.contains(w) || is_human_noun(w)) && !w.ends_with('s')
            })
        {
            return None;
        }
        // "the PNC's anti-gang division, known as DIPANDA": the alias is the
        // division's, not its owner's.
        if nearest + 2 < marker
            && a.word(nearest) == "'"
            && a.lower_word(nearest + 1) == "s"
            && !a.is_capitalised(nearest + 2)
        {
            return None;
        }
        if Some(nearest) == best_disc {
            let d = disc?;
            Some(AliasDef { head: Head::Name(d.name.clone()), alias })
        } else if Some(nearest) == best_lex {
            let m = lex?;
            Some(AliasDef { head: Head::Lex(m.entry), alias })
        } else {
            let j = solo?;
            // "Tamboura, known to his fighters as Abou Talha": the person named
            // in full before with that surname (his brother Salif Tamboura,
            // named later, is not meant).
            let surname = a.lower_word(j);
            let mut named: Vec<&str> = discovered
                .iter()
                .filter(|d| d.kind == EntityKind::Person && d.tok.end <= j && d.tok.len() >= 2)
                .filter(|d| a.lower_word(d.tok.end - 1) == surname)
                .map(|d| d.name.as_str())
                .collect();
            named.sort_unstable();
            named.dedup();
            let head = match named.as_slice() {
                [one] => (*one).to_owned(),
                _ => a.word(j).to_owned(),
            };
            Some(AliasDef { head: Head::Name(head), alias })
        }
    }
}

/// A body that can be named by an acronym: an agency, a group or another organisation.
fn is_body(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Agency | EntityKind::Group | EntityKind::Organization)
}

/// Words a title-case headline leaves in lower case.
fn is_headline_small_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "and"
            | "or"
            | "but"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "into"
            | "over"
            | "s"
            | "says"
            | "said"
    )
}

/// "6th", "21st", "3rd".
pub fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// First words of group names in Arabic, Urdu, Pashto and Indonesian usage.
fn is_group_lead(w: &str) -> bool {
    matches!(
        w,
        "katibat"
            | "katiba"
            | "katibah"
            | "jaish"
            | "jabhat"
            | "harakat"
            | "harakah"
            | "hizb"
            | "liwa"
            | "kataib"
            | "saraya"
            | "ansar"
            | "ansarul"
            | "tehrik"
            | "tehreek"
            | "lashkar"
            | "jamaat"
            | "jamaah"
            | "jemaah"
            | "jama'at"
            | "jama'ath"
            | "jamaath"
            | "tanzim"
            // Spanish, Portuguese and Romanian: "Brigada Nistru", "Frente Oliver Sinisterra".
            | "brigada"
            | "frente"
            | "comando"
            | "cartel"
            | "majlis"
            | "hay'at"
            | "hayat"
            | "dawlah"
            | "jund"
            | "junud"
            | "usbat"
            | "fatah"
    )
}

/// The gang noun after `run`, if one names it: "the Baz Pilate gang", "the
/// Kuzgunlar ("Ravens") gang", "the 'Kuzgunlar' extortion gang", "the rival
/// Kavač clan". Not a description: "the Venezuelan gang", "the São
/// Paulo-based gang".
fn group_noun_follows(a: &DocAnalysis, s: &Sentence, run: &Range<usize>) -> Option<usize> {
    let quote = |w: &str| matches!(w, "\"" | "'" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}");
    let mut b = run.start;
    while b > s.tok.start && quote(a.word(b - 1)) {
        b -= 1;
    }
    if b == s.tok.start || !matches!(a.lower_word(b - 1), "the" | "rival" | "notorious" | "powerful" | "feared") {
        return None;
    }
    if run.clone().any(|k| is_compound_adjective(a.lower_word(k))) {
        return None;
    }
    let mut k = run.end;
    while k < s.tok.end && quote(a.word(k)) {
        k += 1;
    }
    // A gloss in parentheses: "Kuzgunlar ("Ravens") gang".
    if k < s.tok.end
        && a.word(k) == "("
        && let Some(close) = (k + 1..s.tok.end.min(k + 7)).find(|&c| a.word(c) == ")")
    {
        k = close + 1;
    }
    // ("the rival Rumba network", not "the Al Jazeera network".)
    let rival = a.lower_word(b - 1) != "the";
    let gang = |k: usize| {
        !a.is_capitalised(k) && (is_group_tail_noun(a.lower_word(k)) || rival && a.lower_word(k) == "network")
    };
    if k < s.tok.end && gang(k) {
        return Some(k);
    }
    // One lower-case word between: "extortion gang", "criminal gang".
    (k + 1 < s.tok.end
        && !a.is_capitalised(k)
        && a.lower_word(k).chars().all(|c| c.is_alphabetic() || c == '-')
        && gang(k + 1))
    .then_some(k + 1)
}

/// Gives each discovered body of a kind `keep` accepts whose name key is a
/// short form in `forms` (short key, full name) the full name.
fn rename_short_forms(discovered: &mut [Discovered], forms: &[(String, String)], keep: impl Fn(EntityKind) -> bool) {
    if forms.is_empty() {
        return;
    }
    for d in discovered.iter_mut().filter(|d| keep(d.kind)) {
        let key = super::text::name_key(&d.name);
        if let Some((_, full)) = forms.iter().find(|(short, _)| *short == key) {
            d.name = full.clone();
        }
    }
}

/// The sentence holding token `t`.
fn s_of<'s>(a: &'s DocAnalysis, t: usize) -> &'s Sentence {
    let k = a.sentences.partition_point(|s| s.tok.end <= t);
    &a.sentences[k.min(a.sentences.len() - 1)]
}

/// Whether `(ACR)` right after `run` abbreviates its words' initials
/// ("Katibat Imam al-Bukhari (KIB)", "Dawlah Islamiyah (DI)").
/// Where a body's name at `i..j` goes on to, when a connector at `j` leads
/// through lower-case connectors and capitalised words to an acronym in
/// parentheses: "Institute for the Execution of Criminal Sanctions (ZIKS)".
/// The name before the connector must already name a body, and no known name
/// may stand in the way ("Ali Musa of the Islamic State (IS)").
fn connected_to_acronym(a: &DocAnalysis, s: &Sentence, i: usize, j: usize, covered: &[bool]) -> Option<usize> {
    let connector = |w: &str| matches!(w, "of" | "for" | "the" | "against" | "and" | "on" | "in" | "to");
    if j >= s.tok.end || !connector(a.lower_word(j)) {
        return None;
    }
    if !(i..j).any(|k| org_head(a.lower_word(k)).is_some()) {
        return None;
    }
    let mut k = j;
    while k < s.tok.end && k < j + 12 {
        let w = a.lower_word(k);
        // "the 11th Infantry Division and the Criminal Investigation and
        // Detection Group (CIDG)": two bodies, not one.
        if w == "and" && (org_head(a.lower_word(k - 1)).is_some() || a.lower_word(k + 1) == "the") {
            return None;
        }
        if a.word(k) == "(" {
            let closed = k + 2 < s.tok.end && is_acronym(a.word(k + 1)) && matches!(a.word(k + 2), ")" | "/");
            return (closed && k > j + 1 && a.is_capitalised(k - 1)).then_some(k);
        }
        if covered[k] || !(connector(w) || a.is_capitalised(k) && !is_stop_cap(w)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Holders whose office is a body: "the Attorney General's Office".
fn is_office_holder(w: &str) -> bool {
    matches!(w, "general" | "prosecutor" | "attorney" | "ombudsman" | "auditor" | "president" | "minister" | "mayor")
}

/// Whether an acronym in brackets stands at token `e`: "(FACT)".
fn bracketed_acronym_at(a: &DocAnalysis, e: usize, s: &Sentence) -> bool {
    e + 2 < s.tok.end && a.word(e) == "(" && is_acronym(a.word(e + 1)) && a.word(e + 2) == ")"
}

fn acronym_follows(a: &DocAnalysis, run: &Range<usize>, s: &Sentence) -> bool {
    let e = run.end;
    if !bracketed_acronym_at(a, e, s) {
        return false;
    }
    let acr: Vec<char> = a.word(e + 1).chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let initials: Vec<char> = run
        .clone()
        .map(|k| a.word(k))
        .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "of" | "for" | "the" | "and" | "al" | "el" | "bin"))
        .filter_map(|w| {
            let w = ARTICLE_PREFIXES.iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w);
            w.chars().next().map(|c| c.to_ascii_uppercase())
        })
        .collect();
    acr.len() >= 2 && acr == initials
}

/// After a name ending at `e`: ", the armed wing of", "(RKK), a splinter group
/// of", ", or RKK, the military wing of": an apposition calling it part of a body.
fn described_as_part(a: &DocAnalysis, s: &Sentence, e: usize) -> bool {
    let mut j = e;
    let bracketed = j + 2 < s.tok.end && a.word(j) == "(" && a.word(j + 2) == ")";
    let or_acronym = j + 3 < s.tok.end && a.word(j) == "," && a.lower_word(j + 1) == "or" && is_acronym(a.word(j + 2));
    if bracketed || or_acronym {
        j += 3;
    }
    if j + 1 >= s.tok.end || a.word(j) != "," || !matches!(a.lower_word(j + 1), "the" | "a" | "an") {
        return false;
    }
    (j + 2..s.tok.end.min(j + 6)).any(|k| {
        matches!(
            a.lower_word(k),
            "wing" | "faction" | "offshoot" | "affiliate" | "branch" | "splinter" | "remnant" | "successor" | "arm"
        ) && k + 1 < s.tok.end
            && matches!(a.lower_word(k + 1), "of" | "group")
            && (j + 2..k).all(|q| !a.is_capitalised(q))
    })
}

/// Words that mark a body as a militant or insurgent group.
fn is_militant_word(w: &str) -> bool {
    matches!(
        w,
        "islamic"
            | "islamist"
            | "fighting"
            | "jihad"
            | "jihadist"
            | "mujahideen"
            | "mujahidin"
            | "revolutionaries"
            | "revolutionary"
            | "shura"
            | "insurgent"
            | "armed"
            | "militant"
            | "rebel"
            | "separatist"
            | "martyrs"
            | "resistance"
            | "liberation"
    )
}

/// The kind of a body named without a telling last word.
fn body_kind(words: &[&str]) -> EntityKind {
    // ("Counter-Intelligence Kashmir": the parts of a hyphenated word count.)
    if words.iter().flat_map(|w| w.split('-')).any(is_state_word) {
        EntityKind::Agency
    } else if words.iter().any(|w| matches!(org_head(w), Some(EntityKind::Organization))) {
        EntityKind::Organization
    } else {
        EntityKind::Group
    }
}

/// Words that name parts of a state's security apparatus.
fn is_state_word(w: &str) -> bool {
    matches!(org_head(w), Some(EntityKind::Agency))
        || matches!(
            w,
            "national"
                | "state"
                | "security"
                | "federal"
                | "investigation"
                | "investigations"
                | "counter-terrorism"
                | "counterterrorism"
                | "anti-terrorism"
                | "military"
        )
}

/// Words no personal name contains.
fn is_institution_word(w: &str) -> bool {
    org_head(w).is_some()
        || is_state_word(w)
        || matches!(
            w,
            "republic"
                | "kingdom"
                | "islamic"
                | "democratic"
                | "ministry"
                | "government"
                | "administration"
                | "director"
                | "magistrate"
                | "desk"
                | "act"
                | "policy"
                | "mp"
                | "additional"
                | "regional"
        )
}

/// Words that make a capitalised run a place's name.
fn is_place_word(w: &str) -> bool {
    matches!(
        w,
        "city"
            | "province"
            | "district"
            | "county"
            | "region"
            | "governorate"
            | "prefecture"
            | "municipality"
            | "valley"
            | "island"
            | "islands"
            | "river"
            | "mountains"
            | "hills"
            | "desert"
            | "jail"
            | "street"
            | "road"
            | "avenue"
            | "square"
            | "bridge"
            | "crossing"
            | "checkpoint"
            | "camp"
            | "north"
            | "south"
            | "east"
            | "west"
            | "african"
            | "asian"
            | "european"
            | "american"
            | "eastern"
            | "western"
            | "arab"
            | "sur"
            | "norte"
            | "barangay"
    )
}

/// Arabic articles joined to a name by a hyphen: "al-Baghdadi", "ash-Shami".
pub(crate) const ARTICLE_PREFIXES: [&str; 9] = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "az-", "an-", "at-"];

/// Whether a lexicon name covers token `k`.
fn covered_by_lexicon(a: &DocAnalysis, k: usize) -> bool {
    let i = a.lex_mentions.partition_point(|m| m.tok.end <= k);
    a.lex_mentions.get(i).is_some_and(|m| m.tok.start <= k)
}

fn capitalised(w: &str) -> bool {
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    if first.is_ascii_uppercase() {
        return true;
    }
    if first.is_ascii() && first != b'a' && first != b'e' {
        return false;
    }
    w.chars().next().is_some_and(|c| c.is_uppercase())
        || ARTICLE_PREFIXES
            .iter()
            .any(|p| w.starts_with(p) && w[p.len()..].chars().next().is_some_and(char::is_uppercase))
}

fn ascii_lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=7).contains(&letters)
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '&' || c.is_ascii_digit())
}

fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether a match of a lexicon form (folded `want`) has an acceptable case.
fn case_ok(want: &str, case_sensitive: bool, found: &str) -> bool {
    if case_sensitive {
        return found == want;
    }
    let first_form = want.chars().next().unwrap_or('A');
    let first_found = found.chars().next().unwrap_or('a');
    first_found.is_uppercase() || first_found.is_ascii_digit() || first_form.is_lowercase()
}

/// Marks the tokens covered by the given ranges.
pub fn coverage(n: usize, ranges: impl Iterator<Item = Range<usize>>) -> Vec<bool> {
    let mut c = vec![false; n];
    for r in ranges {
        for x in &mut c[r] {
            *x = true;
        }
    }
    c
}

/// A parenthesis followed by a capitalised word: "Islamic State (Daesh) Khorasan".
fn has_interrupted_name(text: &str) -> bool {
    // (A one-byte pattern is searched with memchr, a two-byte one is not.)
    text.match_indices(')').any(|(i, _)| {
        text[i + 1..].strip_prefix(' ').and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase)
    })
}

/// Removes short parenthetical insertions (" (Daesh)") so names they
/// interrupt can be matched; returns the text and a map from its bytes to the
/// input's bytes.
fn strip_parentheses(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' '
            && bytes.get(i + 1) == Some(&b'(')
            && let Some(close) = text[i + 2..].find(')').map(|c| i + 2 + c)
        {
            let inner = &text[i + 2..close];
            if close - i < 40 && !inner.contains(['.', '(', '\n']) && bytes.get(close + 1) == Some(&b' ') {
                i = close + 1;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        for k in 0..c.len_utf8() {
            map.push(i + k);
        }
        out.push(c);
        i += c.len_utf8();
    }
    (out, map)
}

/// The token after ", a teacher," or ", 33," (an article and up to three
/// lower-case words, or an age, closed by a comma, then an optional "and")
/// that follows a listed name; `b` itself when no such description starts
/// there.
fn skip_description(a: &DocAnalysis, b: usize) -> usize {
    let n = a.tokens().len();
    if b + 3 >= n || a.word(b) != "," {
        return b;
    }
    // An age: "Dedi Kurniawan, 33, and Muhammad Rizki".
    if a.word(b + 1).bytes().all(|c| c.is_ascii_digit()) && a.word(b + 2) == "," {
        return if a.word(b + 3) == "and" { b + 3 } else { b + 2 };
    }
    if !matches!(a.word(b + 1), "a" | "an") {
        return b;
    }
    let mut k = b + 2;
    while k < n && k - b - 2 < 3 && a.word(k).bytes().all(|c| c.is_ascii_lowercase() || c == b'-') {
        k += 1;
    }
    if k == b + 2 || k + 1 >= n || a.word(k) != "," {
        return b;
    }
    if a.word(k + 1) == "and" { k + 1 } else { k }
}
