//! Scores an extracted graph against a hand-made answer key, with the same
//! rules and figures as `shared/eval/score.py`, so analysts can measure
//! extraction on their own annotated folders (`linkchart eval`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::extract::text::fold;
use crate::model::Graph;

#[derive(Debug, Deserialize)]
pub struct Gold {
    pub entities: Vec<GoldEntity>,
    pub relations: Vec<GoldRelation>,
}

#[derive(Debug, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    pub kind: String,
    pub names: Vec<String>,
    #[serde(default = "yes")]
    pub required: bool,
}

#[derive(Debug, Deserialize)]
pub struct GoldRelation {
    pub source: String,
    pub target: String,
    pub kind: String,
    #[serde(default = "yes")]
    pub directed: bool,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub alt: Vec<[String; 2]>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Score {
    pub entity_precision: f64,
    pub entity_recall: f64,
    pub entity_f1: f64,
    pub kind_accuracy: f64,
    pub relation_precision: f64,
    pub relation_recall: f64,
    pub relation_f1: f64,
    pub direction_accuracy: f64,
    pub missed_entities: Vec<String>,
    pub unknown_entities: Vec<String>,
    pub duplicates: Vec<String>,
    pub missed_relations: Vec<String>,
    pub false_relations: Vec<String>,
    pub evidence_checked: usize,
    pub evidence_found: usize,
}

/// score.py's normalisation: accents folded, lower case, punctuation to
/// spaces, a leading "the" dropped.
pub fn norm(s: &str) -> String {
    let f = fold(s).to_lowercase();
    let mut out = String::new();
    for w in f.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => out,
    }
}

fn rel_key<'a>(kind: &'a str, a: &'a str, b: &'a str) -> (&'a str, [&'a str; 2]) {
    (kind, if a <= b { [a, b] } else { [b, a] })
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

pub fn load_gold(path: &Path) -> Result<Gold, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not an answer key: {e}", path.display()))
}

/// Scores `graph` against `gold`. With `corpus`, checks that each evidence
/// text occurs in its file.
pub fn score(gold: &Gold, graph: &Graph, corpus: Option<&Path>) -> Score {
    let mut gold_names: HashMap<String, &str> = HashMap::new();
    let gold_ent: HashMap<&str, &GoldEntity> = gold.entities.iter().map(|g| (g.id.as_str(), g)).collect();
    for g in &gold.entities {
        for n in &g.names {
            gold_names.entry(norm(n)).or_insert(&g.id);
        }
    }
    let mut pmap: HashMap<&str, Option<&str>> = HashMap::new();
    for e in &graph.entities {
        let gid = std::iter::once(&e.name).chain(e.aliases.iter()).find_map(|n| gold_names.get(&norm(n)).copied());
        pmap.insert(&e.id, gid);
    }
    let mut s = Score::default();
    let mut seen: HashSet<&str> = HashSet::new();
    let (mut kind_ok, mut kind_n) = (0, 0);
    for e in &graph.entities {
        match pmap[e.id.as_str()] {
            None => s.unknown_entities.push(e.name.clone()),
            Some(gid) if seen.contains(gid) => {
                s.duplicates.push(format!("{} (again {})", e.name, gold_ent[gid].names[0]))
            }
            Some(gid) => {
                seen.insert(gid);
                kind_n += 1;
                if e.kind.as_str() == gold_ent[gid].kind {
                    kind_ok += 1;
                }
            }
        }
    }
    let required: Vec<&GoldEntity> = gold.entities.iter().filter(|g| g.required).collect();
    let tp = required.iter().filter(|g| seen.contains(g.id.as_str())).count();
    s.missed_entities = required.iter().filter(|g| !seen.contains(g.id.as_str())).map(|g| g.names[0].clone()).collect();
    (s.entity_precision, s.entity_recall, s.entity_f1) =
        prf(tp, s.unknown_entities.len() + s.duplicates.len(), s.missed_entities.len());
    s.kind_accuracy = if kind_n > 0 { kind_ok as f64 / kind_n as f64 } else { 0.0 };

    // Relations: match on kind and unordered pair (or an alt pair).
    let key = rel_key;
    let mut gold_rel: HashMap<(&str, [&str; 2]), usize> = HashMap::new();
    for (i, r) in gold.relations.iter().enumerate() {
        gold_rel.entry(key(&r.kind, &r.source, &r.target)).or_insert(i);
        for [a, b] in &r.alt {
            gold_rel.entry(key(&r.kind, a, b)).or_insert(i);
        }
    }
    let mut matched: HashSet<usize> = HashSet::new();
    let (mut dir_ok, mut dir_n) = (0, 0);
    for r in &graph.relations {
        let a = pmap.get(r.source.as_str()).copied().flatten();
        let b = pmap.get(r.target.as_str()).copied().flatten();
        let (Some(a), Some(b)) = (a, b) else {
            s.false_relations.push(format!("{} -{}-> {}", r.source, r.kind, r.target));
            continue;
        };
        let Some(&gi) = gold_rel.get(&key(r.kind.as_str(), a, b)) else {
            s.false_relations.push(format!("{} -{}-> {}", gold_ent[a].names[0], r.kind, gold_ent[b].names[0]));
            continue;
        };
        if !matched.insert(gi) {
            continue;
        }
        let g = &gold.relations[gi];
        if g.directed && g.required {
            dir_n += 1;
            if (a == g.source && b == g.target) || g.alt.iter().any(|p| p[0] == a && p[1] == b) {
                dir_ok += 1;
            }
        }
    }
    let req: Vec<usize> = (0..gold.relations.len()).filter(|&i| gold.relations[i].required).collect();
    let rtp = req.iter().filter(|i| matched.contains(i)).count();
    s.missed_relations = req
        .iter()
        .filter(|i| !matched.contains(i))
        .map(|&i| {
            let r = &gold.relations[i];
            format!("{} -{}-> {}", r.source, r.kind, r.target)
        })
        .collect();
    (s.relation_precision, s.relation_recall, s.relation_f1) =
        prf(rtp, s.false_relations.len(), s.missed_relations.len());
    s.direction_accuracy = if dir_n > 0 { dir_ok as f64 / dir_n as f64 } else { 0.0 };

    if let Some(dir) = corpus {
        let mut texts: HashMap<&str, Option<String>> = HashMap::new();
        for r in &graph.relations {
            for ev in &r.evidence {
                let t = texts.entry(&ev.file).or_insert_with(|| {
                    let p = dir.join(&ev.file);
                    let raw = std::fs::read(&p).ok()?;
                    let text = String::from_utf8_lossy(&raw).into_owned();
                    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
                });
                s.evidence_checked += 1;
                let want = ev.text.split_whitespace().collect::<Vec<_>>().join(" ");
                if t.as_deref().is_some_and(|t| t.contains(&want)) {
                    s.evidence_found += 1;
                }
            }
        }
    }
    s
}

impl Score {
    /// The two lines score.py prints.
    pub fn summary(&self) -> String {
        format!(
            "entities  P {:.3} R {:.3} F1 {:.3} kind-acc {:.3}\nrelations P {:.3} R {:.3} F1 {:.3} dir-acc {:.3}",
            self.entity_precision,
            self.entity_recall,
            self.entity_f1,
            self.kind_accuracy,
            self.relation_precision,
            self.relation_recall,
            self.relation_f1,
            self.direction_accuracy
        )
    }

    pub fn details(&self) -> String {
        format!(
            "entities missed: {:?}\nentities unknown: {:?}\nentities duplicates: {:?}\nrelations missed: {:?}\nrelations false: {:?}\nprovenance: {} of {} evidence texts found in their files",
            self.missed_entities,
            self.unknown_entities,
            self.duplicates,
            self.missed_relations,
            self.false_relations,
            self.evidence_found,
            self.evidence_checked
        )
    }
}
