//! Export for other tools: GEXF 1.3 for Gephi, CSV (a nodes table and an
//! edges table) for spreadsheets and i2-style imports.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::model::Graph;
use crate::snapshot::{SnapshotError, write_atomic};

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The graph as GEXF 1.3: nodes with kind, aliases, mention count, position
/// and colour; edges with kind (as label), direction, confidence and the
/// evidence sentences.
pub fn gexf(graph: &Graph) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n");
    s.push_str("  <meta><creator>linkchart</creator><description>Actors and interactions extracted from articles</description></meta>\n");
    s.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    s.push_str("    <attributes class=\"node\">\n");
    s.push_str("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n");
    s.push_str("      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n");
    s.push_str("      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n");
    s.push_str("      <attribute id=\"files\" title=\"files\" type=\"string\"/>\n");
    s.push_str("    </attributes>\n");
    s.push_str("    <attributes class=\"edge\">\n");
    s.push_str("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n");
    s.push_str("      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n");
    s.push_str("      <attribute id=\"evidence_count\" title=\"evidence count\" type=\"integer\"/>\n");
    s.push_str("      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n");
    s.push_str("    </attributes>\n");
    s.push_str("    <nodes>\n");
    for e in &graph.entities {
        let files: Vec<&str> = e.mentions.iter().map(|m| m.file.as_str()).collect();
        let [r, g, b] = e.kind.rgb();
        let _ = writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"aliases\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/><attvalue for=\"files\" value=\"{}\"/></attvalues><viz:position x=\"{}\" y=\"{}\" z=\"0\"/><viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/></node>",
            xml(&e.id),
            xml(&e.name),
            e.kind,
            xml(&e.aliases.join("; ")),
            e.mention_count(),
            xml(&files.join("; ")),
            finite(e.x),
            finite(-e.y),
        );
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (k, r) in graph.relations.iter().enumerate() {
        let evidence: Vec<String> = r.evidence.iter().map(|e| format!("{}: {}", e.file, e.text)).collect();
        let _ = writeln!(
            s,
            "      <edge id=\"e{k}\" source=\"{}\" target=\"{}\" type=\"{}\" label=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"kind\" value=\"{}\"/><attvalue for=\"confidence\" value=\"{:.3}\"/><attvalue for=\"evidence_count\" value=\"{}\"/><attvalue for=\"evidence\" value=\"{}\"/></attvalues></edge>",
            xml(&r.source),
            xml(&r.target),
            if r.directed() { "directed" } else { "undirected" },
            r.kind,
            r.evidence.len().max(1),
            r.kind,
            r.confidence,
            r.evidence.len(),
            xml(&evidence.join(" | ")),
        );
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

fn finite(v: f32) -> f32 {
    if v.is_finite() { v } else { 0.0 }
}

/// One CSV field, quoted when needed (RFC 4180). A leading `=`, `+`, `-` or
/// `@` is prefixed with a quote mark so spreadsheets do not run it as a formula.
fn csv(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) { format!("'{field}") } else { field.to_owned() };
    if field.contains([',', '"', '\n', '\r']) { format!("\"{}\"", field.replace('"', "\"\"")) } else { field }
}

/// The nodes table: one row per entity.
pub fn nodes_csv(graph: &Graph) -> String {
    let mut s = String::from("id,name,kind,aliases,mentions,files,x,y\n");
    for e in &graph.entities {
        let files: Vec<&str> = e.mentions.iter().map(|m| m.file.as_str()).collect();
        let row = [
            csv(&e.id),
            csv(&e.name),
            e.kind.to_string(),
            csv(&e.aliases.join("; ")),
            e.mention_count().to_string(),
            csv(&files.join("; ")),
            format!("{:.2}", finite(e.x)),
            format!("{:.2}", finite(e.y)),
        ];
        s.push_str(&row.join(","));
        s.push('\n');
    }
    s
}

/// The edges table: one row per evidence sentence, so every row can be
/// traced to its file.
pub fn edges_csv(graph: &Graph) -> String {
    let names: std::collections::HashMap<&str, &str> =
        graph.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let mut s = String::from("source,source_name,kind,target,target_name,directed,confidence,file,sentence\n");
    for r in &graph.relations {
        let base = [
            csv(&r.source),
            csv(names.get(r.source.as_str()).copied().unwrap_or("")),
            r.kind.to_string(),
            csv(&r.target),
            csv(names.get(r.target.as_str()).copied().unwrap_or("")),
            r.directed().to_string(),
            format!("{:.3}", r.confidence),
        ]
        .join(",");
        if r.evidence.is_empty() {
            let _ = writeln!(s, "{base},,");
        }
        for ev in &r.evidence {
            let _ = writeln!(s, "{base},{},{}", csv(&ev.file), csv(&ev.text));
        }
    }
    s
}

/// Writes `PATH.nodes.csv` and `PATH.edges.csv` (or, for `x.csv`,
/// `x.nodes.csv` and `x.edges.csv`); returns the two paths.
pub fn write_csv(graph: &Graph, path: &Path) -> Result<(PathBuf, PathBuf), SnapshotError> {
    let stem = path.with_extension("");
    let nodes = stem.with_extension("nodes.csv");
    let edges = stem.with_extension("edges.csv");
    write_atomic(&nodes, nodes_csv(graph).as_bytes())?;
    write_atomic(&edges, edges_csv(graph).as_bytes())?;
    Ok((nodes, edges))
}

pub fn write_gexf(graph: &Graph, path: &Path) -> Result<(), SnapshotError> {
    write_atomic(path, gexf(graph).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv("plain"), "plain");
        assert_eq!(csv("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv("=cmd()"), "'=cmd()");
    }

    #[test]
    fn xml_is_escaped() {
        assert_eq!(xml("A & B <x> \"q\""), "A &amp; B &lt;x&gt; &quot;q&quot;");
    }
}
