//! Saving and reopening a snapshot gives back the same graph.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use linkchart::pipeline::{Progress, run_folder};
use linkchart::snapshot::Snapshot;

#[test]
fn round_trip_keeps_entities_relations_evidence_and_positions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let mut snap = run_folder(&dir, 100, &AtomicBool::new(false), &Progress::default()).unwrap();
    assert!(!snap.relations.is_empty());
    snap.entities[0].pinned = true;
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("graph.json");
    snap.save(&path).unwrap();
    let back = Snapshot::load(&path).unwrap();
    assert_eq!(back, snap);
    assert!(back.relations.iter().all(|r| !r.evidence.is_empty()));
    // The file is versioned.
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(raw["format"], "linkchart");
    assert_eq!(raw["version"], 1);
}

#[test]
fn bad_snapshots_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.json");
    std::fs::write(&p, "{\"entities\": []}").unwrap();
    assert!(Snapshot::load(&p).unwrap_err().to_string().contains("not a linkchart snapshot"));
    std::fs::write(&p, r#"{"format":"linkchart","version":99,"entities":[],"relations":[]}"#).unwrap();
    assert!(Snapshot::load(&p).unwrap_err().to_string().contains("newer"));
    std::fs::write(&p, r#"{"format":"linkchart","version":1,"entities":[],"relations":[{"source":"a","target":"b","kind":"capture"}]}"#).unwrap();
    assert!(Snapshot::load(&p).unwrap_err().to_string().contains("unknown entity"));
}

#[test]
fn a_failed_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("graph.json");
    std::fs::write(&p, "old").unwrap();
    let snap = Snapshot::new(&linkchart::model::Graph::default());
    // Saving into a folder that does not exist fails, and nothing is half-written.
    assert!(snap.save(&dir.path().join("missing/graph.json")).is_err());
    snap.save(&p).unwrap();
    assert!(std::fs::read_to_string(&p).unwrap().contains("\"format\""));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn merging_a_second_folder_keeps_positions_and_joins_actors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut first = run_folder(&root.join("mini"), 50, &AtomicBool::new(false), &Progress::default()).unwrap();
    let second = run_folder(&root.join("articles"), 0, &AtomicBool::new(false), &Progress::default()).unwrap();
    let isi_before = first.entities.iter().find(|e| e.name == "Inter-Services Intelligence").unwrap().clone();
    let n_first = first.entities.len();
    first.merge(second, "articles");
    let isi: Vec<_> = first.entities.iter().filter(|e| e.name == "Inter-Services Intelligence").collect();
    assert_eq!(isi.len(), 1, "one node for the ISI across both folders");
    assert_eq!((isi[0].x, isi[0].y), (isi_before.x, isi_before.y), "its position is kept");
    assert!(isi[0].mentions.iter().any(|m| m.file.starts_with("articles/")));
    assert!(first.entities.len() > n_first);
    assert!(first.relations.iter().flat_map(|r| &r.evidence).any(|e| e.file.starts_with("articles/")));
}
