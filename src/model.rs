//! The graph model: entities, relations and their evidence.
//!
//! Plain data, no UI. The extractor produces it, the snapshot stores it, the
//! layout and the UI read it.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// What an entity is. The vocabulary is fixed by `../shared/eval/README.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Agency,
    Group,
    Country,
    Organization,
    Place,
    Media,
}

impl EntityKind {
    pub const ALL: [EntityKind; 7] = [
        EntityKind::Person,
        EntityKind::Agency,
        EntityKind::Group,
        EntityKind::Country,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Media,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Agency => "agency",
            EntityKind::Group => "group",
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Media => "media",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim().to_ascii_lowercase())
    }

    /// The kind's colour (sRGB), shared by the window and the GEXF export.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            EntityKind::Person => [0x4e, 0x79, 0xa7],
            EntityKind::Agency => [0xe1, 0x57, 0x59],
            EntityKind::Group => [0xf2, 0x8e, 0x2b],
            EntityKind::Country => [0x59, 0xa1, 0x4f],
            EntityKind::Organization => [0xb0, 0x7a, 0xa1],
            EntityKind::Place => [0x9c, 0x75, 0x5f],
            EntityKind::Media => [0x9a, 0x9a, 0x9a],
        }
    }

    /// Can this kind of entity take part in an interaction? Places and media
    /// outlets are shown but never act.
    pub fn is_actor(self) -> bool {
        !matches!(self, EntityKind::Place | EntityKind::Media)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a relation says, with the direction source → target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    Capture,
    Handover,
    Interrogation,
    Cooperation,
    Support,
    Surveillance,
    Membership,
    Association,
    Attack,
    Escape,
    Release,
}

impl RelationKind {
    pub const ALL: [RelationKind; 11] = [
        RelationKind::Capture,
        RelationKind::Handover,
        RelationKind::Interrogation,
        RelationKind::Cooperation,
        RelationKind::Support,
        RelationKind::Surveillance,
        RelationKind::Membership,
        RelationKind::Association,
        RelationKind::Attack,
        RelationKind::Escape,
        RelationKind::Release,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Capture => "capture",
            RelationKind::Handover => "handover",
            RelationKind::Interrogation => "interrogation",
            RelationKind::Cooperation => "cooperation",
            RelationKind::Support => "support",
            RelationKind::Surveillance => "surveillance",
            RelationKind::Membership => "membership",
            RelationKind::Association => "association",
            RelationKind::Attack => "attack",
            RelationKind::Escape => "escape",
            RelationKind::Release => "release",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim().to_ascii_lowercase())
    }

    /// Cooperation and association have no direction.
    pub fn is_directed(self) -> bool {
        !matches!(self, RelationKind::Cooperation | RelationKind::Association)
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One sentence that states a relation, and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Path relative to the opened folder, with `/` separators.
    pub file: String,
    /// The sentence as it stands in the file (after HTML tags are dropped).
    pub text: String,
    /// Byte offsets of the sentence in the extracted text of the file.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

/// How often an entity is mentioned in one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mentions {
    pub file: String,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable identifier, unique in a graph (a slug of the canonical name).
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every other surface form seen for this entity (and lexicon aliases).
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub mentions: Vec<Mentions>,
    /// Layout position in world units, if laid out.
    #[serde(default)]
    pub x: f32,
    #[serde(default)]
    pub y: f32,
    /// A pinned node keeps its position while the layout runs.
    #[serde(default)]
    pub pinned: bool,
}

impl Entity {
    pub fn mention_count(&self) -> u32 {
        self.mentions.iter().map(|m| m.count).sum()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    pub kind: RelationKind,
    /// 0..=1; the UI can hide edges under a threshold.
    #[serde(default = "one")]
    pub confidence: f32,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

fn one() -> f32 {
    1.0
}

impl Relation {
    pub fn directed(&self) -> bool {
        self.kind.is_directed()
    }
}

/// Entities and relations with an index from id to position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
}

impl Graph {
    pub fn index(&self) -> HashMap<&str, usize> {
        self.entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect()
    }

    /// Relations as (source index, target index, relation index), skipping
    /// relations whose ends are missing.
    pub fn edges(&self) -> Vec<(usize, usize, usize)> {
        let index = self.index();
        self.relations
            .iter()
            .enumerate()
            .filter_map(|(r, rel)| Some((*index.get(rel.source.as_str())?, *index.get(rel.target.as_str())?, r)))
            .collect()
    }

    /// Number of relations touching each entity.
    pub fn degrees(&self) -> Vec<u32> {
        let mut deg = vec![0u32; self.entities.len()];
        for (a, b, _) in self.edges() {
            deg[a] += 1;
            if a != b {
                deg[b] += 1;
            }
        }
        deg
    }

    /// A petgraph view for graph algorithms (neighbourhoods, components).
    pub fn to_petgraph(&self) -> petgraph::graph::UnGraph<(), usize> {
        let mut g = petgraph::graph::UnGraph::with_capacity(self.entities.len(), self.relations.len());
        for _ in &self.entities {
            g.add_node(());
        }
        for (a, b, r) in self.edges() {
            g.add_edge(petgraph::graph::NodeIndex::new(a), petgraph::graph::NodeIndex::new(b), r);
        }
        g
    }
}
