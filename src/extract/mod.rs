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

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rayon::prelude::*;

use crate::corpus::Document;
use crate::model::{Entity, Evidence, Graph, Mentions, Relation, RelationKind};
use lexicon::{Form, Lexicon};
use registry::Registry;
use rules::Rules;

pub use mentions::EntRef;

#[derive(thiserror::Error, Debug)]
pub enum ExtractError {
    #[error(transparent)]
    Lexicon(#[from] lexicon::LexiconError),
    #[error("{0}")]
    Rules(String),
    #[error("cannot build the matcher: {0}")]
    Matcher(String),
}

/// The extractor: lexicon, rules and their compiled matchers. Build it once,
/// run it on many corpora.
pub struct Extractor {
    pub lexicon: Lexicon,
    forms: Vec<Form>,
    form_matcher: AhoCorasick,
    rules: Rules,
    trigger_matcher: AhoCorasick,
    /// Single-word trigger phrases, for quick checks.
    trigger_words: std::collections::HashSet<String>,
    /// Single-word verb triggers.
    verb_words: std::collections::HashSet<String>,
    /// Case-sensitive lexicon forms (acronyms), folded.
    acronyms: std::collections::HashSet<String>,
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Result<Self, ExtractError> {
        let forms = lexicon.forms();
        let form_matcher = build_matcher(forms.iter().map(|f| text::fold(&f.text)))?;
        let rules = Rules::builtin().map_err(ExtractError::Rules)?;
        let trigger_matcher = build_matcher(rules.triggers.iter().map(|t| t.phrase.clone()))?;
        let trigger_words =
            rules.triggers.iter().filter(|t| !t.phrase.contains(' ')).map(|t| t.phrase.clone()).collect();
        let verb_words =
            rules.triggers.iter().filter(|t| !t.phrase.contains(' ') && !t.nominal).map(|t| t.phrase.clone()).collect();
        let acronyms = forms.iter().filter(|f| f.case_sensitive).map(|f| text::fold(&f.text)).collect();
        Ok(Extractor { lexicon, forms, form_matcher, rules, trigger_matcher, trigger_words, verb_words, acronyms })
    }

    /// The built-in lexicon only.
    pub fn builtin() -> Result<Self, ExtractError> {
        Self::new(Lexicon::builtin()?)
    }

    /// Extracts the graph of a set of documents. Positions are left at zero.
    pub fn extract(&self, docs: &[Document]) -> Graph {
        let analyses: Vec<mentions::DocAnalysis> = docs.par_iter().map(|d| self.analyse(d)).collect();
        let registry = Registry::build(&self.lexicon, &analyses);
        let found: Vec<relations::DocRelations> =
            docs.par_iter().zip(analyses.par_iter()).map(|(d, a)| relations::relate(self, &registry, d, a)).collect();
        assemble(&self.lexicon, &registry, docs, &found)
    }
}

fn build_matcher<I, P>(patterns: I) -> Result<AhoCorasick, ExtractError>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    // A DFA: the lexicon and the triggers are a few thousand short patterns,
    // small enough for the fastest search.
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .map_err(|e| ExtractError::Matcher(e.to_string()))
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
fn assemble(lexicon: &Lexicon, registry: &Registry, docs: &[Document], found: &[relations::DocRelations]) -> Graph {
    // Entities in order of first appearance, so ids are stable for a corpus.
    let mut order: Vec<EntRef> = Vec::new();
    let mut info: HashMap<EntRef, (BTreeMap<String, String>, BTreeMap<String, u32>)> = HashMap::new();
    for (doc, f) in docs.iter().zip(found) {
        for (ent, count, surfaces) in &f.mentions {
            let ent = registry.canonical(*ent);
            // Places are recognised so they are never taken for actors, but
            // they take part in no interaction: they are not nodes.
            if registry.is_ignored(lexicon, ent) || registry.kind(lexicon, ent) == crate::model::EntityKind::Place {
                continue;
            }
            let entry = info.entry(ent).or_insert_with(|| {
                order.push(ent);
                Default::default()
            });
            // "Long Name (ACR)" is two names, each recorded on its own.
            for surface in surfaces.iter().filter(|s| !s.contains('(')) {
                entry.0.entry(text::name_key(surface)).or_insert_with(|| surface.clone());
            }
            *entry.1.entry(doc.file.clone()).or_default() += count;
        }
    }
    let mut ids: HashMap<EntRef, String> = HashMap::new();
    let mut used: HashMap<String, u32> = HashMap::new();
    let mut entities = Vec::with_capacity(order.len());
    for ent in &order {
        let (name, kind, known_aliases) = registry.describe(lexicon, *ent);
        let base = slug(&name);
        let n = used.entry(base.clone()).or_default();
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        ids.insert(*ent, id.clone());
        let (surfaces, files) = &info[ent];
        let name_key = text::name_key(&name);
        let mut aliases: Vec<String> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        seen.insert(name_key);
        for a in surfaces.values().chain(known_aliases.iter()) {
            if seen.insert(text::name_key(a)) {
                aliases.push(a.clone());
            }
        }
        entities.push(Entity {
            id,
            name,
            kind,
            aliases,
            mentions: files.iter().map(|(f, c)| Mentions { file: f.clone(), count: *c }).collect(),
            x: 0.0,
            y: 0.0,
            pinned: false,
        });
    }
    // Relations, merged by (source, kind, target).
    let mut rels: BTreeMap<(String, RelationKind, String), Relation> = BTreeMap::new();
    let mut rel_order: Vec<(String, RelationKind, String)> = Vec::new();
    for (doc, f) in docs.iter().zip(found) {
        for r in &f.relations {
            let (a, b) = (registry.canonical(r.source), registry.canonical(r.target));
            let (Some(sa), Some(sb)) = (ids.get(&a), ids.get(&b)) else {
                continue;
            };
            if sa == sb {
                continue;
            }
            let (sa, sb) =
                if r.kind.is_directed() || sa < sb { (sa.clone(), sb.clone()) } else { (sb.clone(), sa.clone()) };
            let key = (sa.clone(), r.kind, sb.clone());
            let rel = rels.entry(key.clone()).or_insert_with(|| {
                rel_order.push(key.clone());
                Relation { source: sa, target: sb, kind: r.kind, confidence: 0.0, evidence: Vec::new() }
            });
            // More independent sentences raise confidence.
            rel.confidence = 1.0 - (1.0 - rel.confidence) * (1.0 - r.confidence);
            let ev = Evidence {
                file: doc.file.clone(),
                text: doc.text[r.sentence.start..r.sentence.end].to_owned(),
                start: r.sentence.start,
                end: r.sentence.end,
            };
            if !rel.evidence.iter().any(|e| e.file == ev.file && e.start == ev.start) {
                rel.evidence.push(ev);
            }
        }
    }
    let relations = rel_order.into_iter().filter_map(|k| rels.remove(&k)).collect();
    Graph { entities, relations }
}
