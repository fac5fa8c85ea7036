//! Extraction never fails on text cut anywhere: a truncated page, a file
//! ending on a lone capitalised word ("Most"), half a sentence.

use linkchart::corpus::Document;
use linkchart::extract::Extractor;

fn fixture_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in ["tests/fixtures/articles", "tests/fixtures/mixed4", "tests/fixtures/pages2", "assets/demo"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")).take(4) {
            texts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    texts
}

#[test]
fn text_cut_anywhere_is_extracted_without_failing() {
    let x = Extractor::builtin().unwrap();
    let mut docs = Vec::new();
    for (n, text) in fixture_texts().iter().enumerate() {
        // Every 61st character boundary, and the text cut right after each
        // capitalised word of its last 400 bytes.
        let cuts = text.char_indices().map(|(i, _)| i).step_by(61).chain(
            text.char_indices()
                .skip_while(|&(i, _)| i + 400 < text.len())
                .filter(|&(i, c)| c.is_uppercase() && (i == 0 || text[..i].ends_with(' ')))
                .map(|(i, _)| text[i..].find(' ').map_or(text.len(), |e| i + e)),
        );
        for (k, cut) in cuts.enumerate() {
            docs.push(Document { file: format!("{n}_{k}.txt"), text: text[..cut].to_owned() });
        }
    }
    docs.push(Document { file: "most.txt".into(), text: "Most".into() });
    docs.push(Document { file: "tail.txt".into(), text: "Police arrested Ali Musa in Lamu. Most".into() });
    let graph = x.extract(&docs);
    assert!(graph.entities.iter().any(|e| e.name == "Ali Musa"), "the whole sentence before the cut still counts");
}
