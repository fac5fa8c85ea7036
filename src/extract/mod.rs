//! From documents to a graph: entity mentions, alias merging across the
//! folder, and typed, directed relations with their evidence sentences.
//!
//! The pipeline has two passes over the documents, each parallel over files:
//!
//! 1. [`Extractor::analyse`]: sentences, tokens, lexicon mentions, names the
//!    lexicon does not know (people, organisations defined in the text) and
//!    alias definitions ("also known as", "Long Name (ACR)").
//! 2. Once every document is analysed, the discoveries are merged into one
//!    registry ([`registry::Registry`]), so an alias defined in one file
//!    resolves mentions in all of them. Then [`Extractor::relate`] finds the
//!    remaining mentions and applies the relation rules sentence by sentence.

pub mod lexicon;
mod mentions;
mod registry;
mod relations;
pub mod rules;
pub mod text;
mod words;

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use crate::corpus::Document;
use crate::model::{Entity, EntityKind, Evidence, Graph, Mentions, Relation, RelationKind};
use lexicon::{Form, Lexicon};
use registry::Registry;
use rules::Rules;
use words::PhraseSet;

pub use mentions::EntRef;

#[derive(thiserror::Error, Debug)]
pub enum ExtractError {
    #[error(transparent)]
    Lexicon(#[from] lexicon::LexiconError),
    #[error("{0}")]
    Rules(String),
}

/// The extractor: lexicon, rules and their compiled matchers. Build it once,
/// run it on many corpora.
pub struct Extractor {
    pub lexicon: Lexicon,
    forms: Vec<Form>,
    /// Each form's text, folded.
    form_texts: Vec<String>,
    form_matcher: PhraseSet,
    /// The first words of the forms that start with a lower-case letter
    /// ("al-Shabaab"): the only forms a lower-case word can start (see
    /// `mentions::case_ok`).
    lower_form_starts: rustc_hash::FxHashSet<String>,
    /// The first two bytes of those words, one bit each: most lower-case
    /// words are turned away without a lookup.
    lower_form_prefixes: Vec<u64>,
    rules: Rules,
    trigger_matcher: PhraseSet,
    /// Single-word trigger phrases, for quick checks.
    trigger_words: rustc_hash::FxHashSet<String>,
    /// Verb triggers and the first words of verb phrases ("broke" of "broke out").
    verb_words: rustc_hash::FxHashSet<String>,
    /// Bodies whose lexicon name is qualified by their country ("National
    /// Guard (Mexico)"), by the name key of the bare name: (entry, country key).
    qualified_names: rustc_hash::FxHashMap<String, Vec<(usize, String)>>,
    /// Case-sensitive lexicon forms (acronyms), folded, with their entries.
    acronyms: rustc_hash::FxHashMap<String, usize>,
    /// Country adjectives and demonyms, folded and lower case, with their
    /// country's entry.
    demonym_country: rustc_hash::FxHashMap<String, usize>,
    /// Every entry by the key of its name and of each of its forms (names first).
    by_form: rustc_hash::FxHashMap<String, usize>,
    /// Print every trigger and what came of it (`LINKCHART_TRACE`).
    trace: bool,
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Result<Self, ExtractError> {
        let forms = lexicon.forms();
        let rules = Rules::builtin().map_err(ExtractError::Rules)?;
        let form_texts: Vec<String> = forms.iter().map(|f| text::fold(&f.text)).collect();
        let form_matcher = PhraseSet::new(&form_texts);
        let lower_form_starts: rustc_hash::FxHashSet<String> = form_texts
            .iter()
            .filter(|f| f.starts_with(char::is_lowercase))
            .filter_map(|f| text::tokens(f).first().map(|t| f[t.range()].to_ascii_lowercase()))
            .collect();
        let lower_form_prefixes = {
            let mut bits = vec![0u64; 1 << 10];
            for w in &lower_form_starts {
                let p = prefix_bits(w);
                bits[p >> 6] |= 1 << (p & 63);
            }
            bits
        };
        let trigger_matcher = PhraseSet::new(rules.triggers.iter().map(|t| &t.phrase));
        let trigger_words =
            rules.triggers.iter().filter(|t| !t.phrase.contains(' ')).map(|t| t.phrase.clone()).collect();
        let verb_words: rustc_hash::FxHashSet<String> = rules
            .triggers
            .iter()
            .filter(|t| !t.nominal)
            .filter_map(|t| t.phrase.split(' ').next().map(str::to_owned))
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "in" | "on"
                        | "of"
                        | "to"
                        | "for"
                        | "the"
                        | "a"
                        | "an"
                        | "by"
                        | "at"
                        | "with"
                        | "into"
                        | "under"
                        | "put"
                        | "keep"
                        | "kept"
                        | "take"
                        | "took"
                        | "taken"
                )
            })
            .collect();
        let mut qualified_names: rustc_hash::FxHashMap<String, Vec<(usize, String)>> = Default::default();
        for (i, e) in lexicon.entries.iter().enumerate() {
            if let (Some(open), Some(country)) = (e.name.rfind(" ("), e.country.as_deref())
                && e.name.ends_with(')')
            {
                qualified_names.entry(text::name_key(&e.name[..open])).or_default().push((i, text::name_key(country)));
            }
            // "Federal Police of Brazil" is "the Federal Police" of an article on Brazil.
            if let Some(country) = e.country.as_deref()
                && let Some(bare) = e.name.strip_suffix(country).and_then(|n| n.strip_suffix(" of "))
                && e.kind == crate::model::EntityKind::Agency
            {
                qualified_names.entry(text::name_key(bare)).or_default().push((i, text::name_key(country)));
            }
        }
        // Country adjectives and demonyms, lower case: "Venezuelan Luis Marcano"
        // is a Venezuelan named Luis Marcano.
        let demonym_country = lexicon
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == crate::model::EntityKind::Country)
            .flat_map(|(i, e)| e.adjectives.iter().map(move |a| (text::fold(a).to_lowercase(), i)))
            .collect();
        let acronyms = forms.iter().filter(|f| f.case_sensitive).map(|f| (text::fold(&f.text), f.entry)).collect();
        let mut by_form: rustc_hash::FxHashMap<String, usize> = Default::default();
        for (i, e) in lexicon.entries.iter().enumerate() {
            by_form.entry(text::name_key(&e.name)).or_insert(i);
        }
        for f in &forms {
            by_form.entry(text::name_key(&f.text)).or_insert(f.entry);
        }
        let trace = std::env::var_os("LINKCHART_TRACE").is_some();
        Ok(Extractor {
            lexicon,
            forms,
            form_texts,
            form_matcher,
            lower_form_starts,
            lower_form_prefixes,
            rules,
            trigger_matcher,
            trigger_words,
            verb_words,
            acronyms,
            qualified_names,
            demonym_country,
            by_form,
            trace,
        })
    }

    /// Whether a lower-case word may start a lexicon form.
    pub(crate) fn may_start_lower_form(&self, lower_word: &str) -> bool {
        let p = prefix_bits(lower_word);
        self.lower_form_prefixes[p >> 6] & (1 << (p & 63)) != 0 && self.lower_form_starts.contains(lower_word)
    }

    /// The entry a name or an alias belongs to.
    pub(crate) fn find_form(&self, name: &str) -> Option<usize> {
        self.by_form.get(&text::name_key(name)).copied()
    }

    /// The lexicon's body of that country by that name: "NAME (Country)",
    /// "NAME of Country" or "Adjective NAME" ("Spanish National Police").
    pub(crate) fn country_form(&self, name: &str, country: usize) -> Option<usize> {
        let c = &self.lexicon.entries[country];
        [format!("{name} ({})", c.name), format!("{name} of {}", c.name)]
            .into_iter()
            .chain(c.adjectives.iter().map(|adj| format!("{adj} {name}")))
            .find_map(|n| self.find_form(&n))
    }

    /// The built-in lexicon only.
    pub fn builtin() -> Result<Self, ExtractError> {
        Self::new(Lexicon::builtin()?)
    }

    /// Extracts the graph of a set of documents. Positions are left at zero.
    pub fn extract(&self, docs: &[Document]) -> Graph {
        let debug = std::env::var_os("LINKCHART_DEBUG").is_some();
        let t = std::time::Instant::now();
        let lap = |what: &str| {
            if debug {
                eprintln!(
                    "extract: {what} done at {:.0} ms, peak memory {:.0} MB",
                    t.elapsed().as_secs_f64() * 1000.0,
                    crate::bench::peak_rss_mb()
                );
            }
        };
        let analyses: Vec<mentions::DocAnalysis> = docs.par_iter().map(|d| self.analyse(d)).collect();
        lap("pass 1");
        let registry = Registry::build(&self.lexicon, |name| self.find_form(name), &analyses);
        lap("registry");
        // Each analysis is freed as soon as its document is related, so the
        // memory is reused rather than grown.
        let found: Vec<relations::DocRelations> = docs
            .par_iter()
            .zip(analyses.into_par_iter())
            .map(|(d, a)| relations::relate(self, &registry, d, &a))
            .collect();
        lap("pass 2");
        let graph = assemble(&self.lexicon, &registry, docs, &found);
        lap("assemble");
        // The per-document results and the registry (millions of small
        // strings on a large folder) are freed off the caller's path.
        std::thread::spawn(move || drop((found, registry)));
        graph
    }
}

/// A word's first two bytes as a number under 2^16.
fn prefix_bits(word: &str) -> usize {
    let b = word.as_bytes();
    (usize::from(b.first().copied().unwrap_or(0)) << 8) | usize::from(b.get(1).copied().unwrap_or(0))
}

/// A stable, readable id from a name: `inter-services-intelligence`.
pub fn slug(name: &str) -> String {
    let key = text::name_key(name);
    let s: String = key.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    let s = s.trim_matches('-').to_owned();
    if s.is_empty() { "entity".to_owned() } else { s }
}

/// Builds the final graph from the per-document results: one entity per
/// resolved actor with every surface form seen, one relation per
/// (source, kind, target) with all its evidence.
///
/// Only the numbering of entities and relations in order of first appearance
/// is serial; everything built per entity, relation or document is parallel.
fn assemble(lexicon: &Lexicon, registry: &Registry, docs: &[Document], found: &[relations::DocRelations]) -> Graph {
    // Canonical entities per document, in parallel; numbered in order below.
    type DocMentions<'f> = Vec<(EntRef, u32, &'f Vec<(String, String)>, bool)>;
    let per_doc: Vec<DocMentions> = found
        .par_iter()
        .map(|f| {
            f.mentions
                .iter()
                .filter_map(|(ent, count, surfaces, explicit)| {
                    let ent = registry.canonical(*ent);
                    // Places are recognised so they are never taken for actors, but
                    // they take part in no interaction: they are not nodes.
                    let skip = registry.is_ignored(lexicon, ent)
                        || registry.kind(lexicon, ent) == crate::model::EntityKind::Place;
                    (!skip).then_some((ent, *count, surfaces, *explicit))
                })
                .collect()
        })
        .collect();
    // Entities in order of first appearance, so ids are stable for a corpus;
    // each with where it is mentioned: (document, index in `per_doc[document]`).
    let mut order: Vec<EntRef> = Vec::new();
    let mut number: HashMap<EntRef, u32> = HashMap::default();
    let mut seen_in: Vec<Vec<(u32, u32)>> = Vec::new();
    for (d, mentions) in per_doc.iter().enumerate() {
        for (m, &(ent, ..)) in mentions.iter().enumerate() {
            let k = *number.entry(ent).or_insert_with(|| {
                order.push(ent);
                seen_in.push(Vec::new());
                (order.len() - 1) as u32
            });
            seen_in[k as usize].push((d as u32, m as u32));
        }
    }
    // Ids in order of first appearance (a suffix keeps them unique).
    let described: Vec<(String, EntityKind, Vec<String>, String)> = order
        .par_iter()
        .map(|ent| {
            let (name, kind, aliases) = registry.describe(lexicon, *ent);
            let base = slug(&name);
            (name, kind, aliases, base)
        })
        .collect();
    let mut ids: Vec<String> = Vec::with_capacity(order.len());
    let mut used: HashMap<&str, u32> = HashMap::default();
    for (.., base) in &described {
        let n = used.entry(base.as_str()).or_default();
        *n += 1;
        ids.push(if *n == 1 { base.clone() } else { format!("{base}-{n}") });
    }
    drop(used);
    // The entities themselves, in parallel. The first surface form seen under
    // each name key is the one kept.
    let (entities, named_outright): (Vec<Entity>, Vec<bool>) = seen_in
        .par_iter()
        .zip(&ids)
        .zip(described)
        .map(|((seen, id), (name, kind, known_aliases, _))| {
            let mut surfaces: BTreeMap<&str, &str> = BTreeMap::new();
            let mut files: Vec<(u32, u32)> = Vec::new();
            let mut outright = false;
            for &(d, m) in seen {
                let (_, count, forms, explicit) = per_doc[d as usize][m as usize];
                outright |= explicit;
                for (key, surface) in forms {
                    surfaces.entry(key).or_insert(surface);
                }
                match files.last_mut() {
                    Some(last) if last.0 == d => last.1 += count,
                    _ => files.push((d, count)),
                }
            }
            let mut aliases: Vec<String> = Vec::new();
            let mut seen_keys: rustc_hash::FxHashSet<String> = Default::default();
            seen_keys.insert(text::form_key(&name));
            for (key, a) in surfaces {
                if seen_keys.insert(key.to_owned()) {
                    aliases.push(a.to_owned());
                }
            }
            for a in &known_aliases {
                if seen_keys.insert(text::form_key(a)) {
                    aliases.push(a.clone());
                }
            }
            let entity = Entity {
                id: id.clone(),
                name,
                kind,
                aliases,
                mentions: files
                    .iter()
                    .map(|&(d, c)| Mentions { file: docs[d as usize].file.clone(), count: c })
                    .collect(),
                x: 0.0,
                y: 0.0,
                pinned: false,
            };
            (entity, outright)
        })
        .unzip();
    // Relations, merged by (source, kind, target), in order of first appearance.
    // Each document's ends are resolved to entity numbers in parallel, and a
    // sentence that states one relation twice counts once; undirected kinds
    // are stored once, ends in id order.
    type Resolved = (u32, RelationKind, u32, f32, text::Span);
    let resolved: Vec<Vec<Resolved>> = found
        .par_iter()
        .map(|f| {
            let mut cited: rustc_hash::FxHashSet<(u32, RelationKind, u32, usize)> = Default::default();
            f.relations
                .iter()
                .filter_map(|r| {
                    let a = *number.get(&registry.canonical(r.source))?;
                    let b = *number.get(&registry.canonical(r.target))?;
                    if a == b {
                        return None;
                    }
                    let (a, b) =
                        if r.kind.is_directed() || ids[a as usize] < ids[b as usize] { (a, b) } else { (b, a) };
                    cited.insert((a, r.kind, b, r.sentence.start)).then_some((a, r.kind, b, r.confidence, r.sentence))
                })
                .collect()
        })
        .collect();
    // Serial: number the relations and list their evidence, in order.
    let mut slot: HashMap<(u32, RelationKind, u32), u32> = HashMap::default();
    let mut keys: Vec<(u32, RelationKind, u32)> = Vec::new();
    let mut confidence: Vec<f32> = Vec::new();
    // Which sentence of which document backs which relation, in order.
    let mut cites: Vec<(u32, u32, text::Span)> = Vec::new();
    for (d, rels) in resolved.iter().enumerate() {
        for &(a, kind, b, conf, sentence) in rels {
            let k = *slot.entry((a, kind, b)).or_insert_with(|| {
                keys.push((a, kind, b));
                confidence.push(0.0);
                (keys.len() - 1) as u32
            });
            // More independent sentences raise confidence.
            let c = &mut confidence[k as usize];
            *c = 1.0 - (1.0 - *c) * (1.0 - conf);
            cites.push((k, d as u32, sentence));
        }
    }
    drop(slot);
    // Each relation's evidence, in order, copied out in parallel.
    let mut first_cite: Vec<u32> = vec![0; keys.len() + 1];
    for &(k, ..) in &cites {
        first_cite[k as usize + 1] += 1;
    }
    for k in 1..first_cite.len() {
        first_cite[k] += first_cite[k - 1];
    }
    let mut by_relation: Vec<(u32, text::Span)> = vec![(0, text::Span { start: 0, end: 0 }); cites.len()];
    let mut next = first_cite.clone();
    for &(k, d, span) in &cites {
        by_relation[next[k as usize] as usize] = (d, span);
        next[k as usize] += 1;
    }
    let relations: Vec<Relation> = keys
        .par_iter()
        .zip(&confidence)
        .enumerate()
        .map(|(k, (&(a, kind, b), &confidence))| Relation {
            source: ids[a as usize].clone(),
            target: ids[b as usize].clone(),
            kind,
            confidence,
            evidence: by_relation[first_cite[k] as usize..first_cite[k + 1] as usize]
                .iter()
                .map(|&(d, span)| {
                    let doc = &docs[d as usize];
                    Evidence {
                        file: doc.file.clone(),
                        text: doc.text[span.start..span.end].to_owned(),
                        start: span.start,
                        end: span.end,
                    }
                })
                .collect(),
        })
        .collect();
    // Entities that take part in no relation and were only ever named by a
    // descriptive phrase ("US military presence"), or are organisations
    // discovered in the text (an embassy, a hospital), are background, not
    // actors: they are left out.
    let mut related = vec![false; order.len()];
    for &(a, _, b) in &keys {
        related[a as usize] = true;
        related[b as usize] = true;
    }
    let background = |k: usize, e: &Entity| {
        !related[k] && (!named_outright[k] || matches!(order[k], EntRef::Dyn(_)) && e.kind == EntityKind::Organization)
    };
    let entities = entities.into_iter().enumerate().filter(|(k, e)| !background(*k, e)).map(|(_, e)| e).collect();
    Graph { entities, relations }
}
