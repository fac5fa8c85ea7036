//! The snapshot file: a versioned JSON document holding the graph, its
//! evidence, the files read and the layout. Writes are atomic: a snapshot is
//! written beside its target and renamed over it, so a crash never leaves a
//! half-written file.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::corpus::Skipped;
use crate::model::{Entity, Graph, Relation};

pub const FORMAT: &str = "linkchart";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileInfo {
    pub file: String,
    pub bytes: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: String,
    pub version: u32,
    /// The folder the graph was extracted from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub files: Vec<FileInfo>,
    #[serde(default)]
    pub skipped: Vec<Skipped>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
}

#[derive(thiserror::Error, Debug)]
pub enum SnapshotError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: not a linkchart snapshot: {message}")]
    Parse { path: String, message: String },
    #[error("{path}: snapshot version {found} is newer than this linkchart understands (up to {VERSION})")]
    TooNew { path: String, found: u32 },
    #[error("{path}: relation {source_id} -> {target}: unknown entity")]
    Dangling { path: String, source_id: String, target: String },
}

impl Snapshot {
    pub fn new(graph: &Graph) -> Self {
        Self::from_graph(graph.clone())
    }

    /// A snapshot that takes the graph over, without copying its evidence.
    pub fn from_graph(graph: Graph) -> Self {
        Snapshot {
            format: FORMAT.to_owned(),
            version: VERSION,
            source: None,
            files: Vec::new(),
            skipped: Vec::new(),
            entities: graph.entities,
            relations: graph.relations,
        }
    }

    pub fn graph(&self) -> Graph {
        Graph { entities: self.entities.clone(), relations: self.relations.clone() }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn from_json(path: &str, text: &str) -> Result<Self, SnapshotError> {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| SnapshotError::Parse { path: path.to_owned(), message: e.to_string() })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(SnapshotError::Parse {
                path: path.to_owned(),
                message: "no \"format\": \"linkchart\" field".to_owned(),
            });
        }
        let found = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0) as u32;
        if found > VERSION {
            return Err(SnapshotError::TooNew { path: path.to_owned(), found });
        }
        let snap: Snapshot = serde_json::from_value(value)
            .map_err(|e| SnapshotError::Parse { path: path.to_owned(), message: e.to_string() })?;
        let ids: std::collections::HashSet<&str> = snap.entities.iter().map(|e| e.id.as_str()).collect();
        if let Some(r) =
            snap.relations.iter().find(|r| !ids.contains(r.source.as_str()) || !ids.contains(r.target.as_str()))
        {
            return Err(SnapshotError::Dangling {
                path: path.to_owned(),
                source_id: r.source.clone(),
                target: r.target.clone(),
            });
        }
        Ok(snap)
    }

    pub fn load(path: &Path) -> Result<Self, SnapshotError> {
        let p = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| SnapshotError::Io { path: p.clone(), source })?;
        Self::from_json(&p, &text)
    }

    /// Writes the snapshot atomically.
    pub fn save(&self, path: &Path) -> Result<(), SnapshotError> {
        write_atomic(path, self.to_json().as_bytes())
    }
}

/// Writes `bytes` to a temporary file beside `path`, syncs it, and renames it
/// over `path`: readers see the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SnapshotError> {
    let err = |source| SnapshotError::Io { path: path.display().to_string(), source };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "snapshot".to_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}

impl Snapshot {
    /// Adds another snapshot's graph (a second folder) to this one: entities
    /// with the same id become one (aliases and mentions joined), relations
    /// with the same ends and kind join their evidence. The added files are
    /// recorded under `prefix/` so evidence stays traceable. Entities already
    /// here keep their positions; new ones have none yet.
    pub fn merge(&mut self, other: Snapshot, prefix: &str) {
        let file = |f: &str| {
            if prefix.is_empty() { f.to_owned() } else { format!("{prefix}/{f}") }
        };
        let mut index: std::collections::HashMap<String, usize> =
            self.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        for mut e in other.entities {
            for m in &mut e.mentions {
                m.file = file(&m.file);
            }
            match index.get(&e.id) {
                Some(&i) => {
                    let mine = &mut self.entities[i];
                    for a in e.aliases {
                        if a != mine.name && !mine.aliases.contains(&a) {
                            mine.aliases.push(a);
                        }
                    }
                    mine.mentions.extend(e.mentions);
                }
                None => {
                    e.x = 0.0;
                    e.y = 0.0;
                    e.pinned = false;
                    index.insert(e.id.clone(), self.entities.len());
                    self.entities.push(e);
                }
            }
        }
        for mut r in other.relations {
            for ev in &mut r.evidence {
                ev.file = file(&ev.file);
            }
            match self.relations.iter_mut().find(|x| x.source == r.source && x.target == r.target && x.kind == r.kind) {
                Some(x) => {
                    x.confidence = 1.0 - (1.0 - x.confidence) * (1.0 - r.confidence);
                    x.evidence.extend(r.evidence);
                }
                None => self.relations.push(r),
            }
        }
        self.files.extend(other.files.into_iter().map(|mut f| {
            f.file = file(&f.file);
            f
        }));
        self.skipped.extend(other.skipped.into_iter().map(|mut s| {
            s.file = file(&s.file);
            s
        }));
    }
}
