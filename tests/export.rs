//! Exports open in other tools: GEXF is well-formed XML with every node and
//! edge, CSV has one row per entity and per evidence sentence.

use std::path::Path;
use std::process::Command;

fn extract_mini(dir: &Path) -> std::path::PathBuf {
    let snap = dir.join("graph.json");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let ok = Command::new(env!("CARGO_BIN_EXE_linkchart"))
        .arg("extract")
        .arg(&fixtures)
        .arg("--out")
        .arg(&snap)
        .status()
        .unwrap();
    assert!(ok.success());
    snap
}

#[test]
fn gexf_and_csv_hold_the_whole_graph() {
    let dir = tempfile::tempdir().unwrap();
    let snap_path = extract_mini(dir.path());
    let snap = linkchart::snapshot::Snapshot::load(&snap_path).unwrap();
    let gexf = dir.path().join("g.gexf");
    let csv = dir.path().join("g.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_linkchart"))
        .arg("export")
        .arg(&snap_path)
        .arg("--gexf")
        .arg(&gexf)
        .arg("--csv")
        .arg(&csv)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // Well-formed XML with one <node> per entity and one <edge> per relation.
    let text = std::fs::read_to_string(&gexf).unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut nodes, mut edges) = (0, 0);
    loop {
        match reader.read_event().expect("well-formed GEXF") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => match e.name().as_ref() {
                b"node" => nodes += 1,
                b"edge" => edges += 1,
                _ => {}
            },
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(nodes, snap.entities.len());
    assert_eq!(edges, snap.relations.len());

    let nodes_csv = std::fs::read_to_string(dir.path().join("g.nodes.csv")).unwrap();
    assert_eq!(nodes_csv.lines().count(), snap.entities.len() + 1);
    let edges_csv = std::fs::read_to_string(dir.path().join("g.edges.csv")).unwrap();
    let evidence: usize = snap.relations.iter().map(|r| r.evidence.len().max(1)).sum();
    assert_eq!(edges_csv.lines().count(), evidence + 1);
    assert!(edges_csv.contains("01_isi_capture.txt"));
}

#[test]
fn export_without_a_target_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let snap_path = extract_mini(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_linkchart")).arg("export").arg(&snap_path).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--gexf"));
}
