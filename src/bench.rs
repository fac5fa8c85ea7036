//! Benchmarks run by `linkchart bench`: extraction throughput over a large
//! generated corpus, and (with the `gui` feature) frame build time.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use crate::layout::Lcg;
use crate::pipeline::{Progress, run_folder};

/// Peak resident memory of this process so far, in MB (Linux; 0 elsewhere).
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

const SYLLABLES: &[&str] = &[
    "ka", "ri", "mo", "da", "sel", "tur", "han", "bek", "zar", "mi", "lo", "fa", "nur", "ul", "ah", "sa", "vo", "ren",
    "ta", "gul", "em", "os", "ib", "ra", "him", "ja", "mal", "ko", "an", "dre", "vi", "es",
];

fn name(rng: &mut Lcg) -> String {
    let mut s = String::new();
    let n = 2 + (rng.next_f32() * 2.0) as usize;
    for _ in 0..n {
        s.push_str(SYLLABLES[(rng.next_f32() * SYLLABLES.len() as f32) as usize % SYLLABLES.len()]);
    }
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// Person names in the answer keys under `fixtures`, longest first.
fn person_names(fixtures: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(fixtures).into_iter().flatten().flatten() {
        let p = entry.path();
        if !p.to_string_lossy().ends_with(".gold.json") {
            continue;
        }
        let Ok(key) = crate::eval::load_gold(&p) else { continue };
        for e in key.entities.iter().filter(|e| e.kind == "person") {
            names.extend(e.names.iter().filter(|n| n.chars().count() > 3).cloned());
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// Writes a corpus of at least `mb` megabytes into `out`, made of the given
/// source articles with every person name replaced by generated names, so
/// no two copies share their people.
pub fn generate_corpus(sources: &[PathBuf], fixtures: &Path, out: &Path, mb: f64) -> std::io::Result<usize> {
    let texts: Vec<String> = sources.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let names = person_names(fixtures);
    let mut rng = Lcg::new(7);
    let mut written = 0usize;
    let mut copy = 0usize;
    std::fs::create_dir_all(out)?;
    let mut file = 0usize;
    while (written as f64) < mb * 1024.0 * 1024.0 && !texts.is_empty() {
        // One folder per 200 files; a file holds 16 articles, like a news
        // page or a digest, about 20 KB.
        let dir = out.join(format!("part{:04}", file / 200));
        std::fs::create_dir_all(&dir)?;
        let mut page = String::new();
        for _ in 0..16 {
            let mut text = texts[copy % texts.len()].clone();
            for n in &names {
                if text.contains(n.as_str()) {
                    let fresh =
                        if n.contains(' ') { format!("{} {}", name(&mut rng), name(&mut rng)) } else { name(&mut rng) };
                    text = text.replace(n.as_str(), &fresh);
                }
            }
            page.push_str(&text);
            page.push_str("\n\n");
            copy += 1;
        }
        std::fs::write(dir.join(format!("a{file:05}.txt")), &page)?;
        written += page.len();
        file += 1;
    }
    Ok(written)
}

/// Extraction throughput over an existing folder: times the whole path
/// (list, read, extract, merge) `runs` times, one line per run, then the
/// fastest and the median run when there are several (on a shared machine
/// the fastest run is the least disturbed one).
pub fn extract_folder(dir: &Path, runs: usize) -> Result<String, String> {
    let mut lines = Vec::new();
    let mut times = Vec::new();
    let mut mbytes = 0.0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let snap = run_folder(dir, 0, &AtomicBool::new(false), &Progress::default()).map_err(|e| e.to_string())?;
        let secs = t.elapsed().as_secs_f64();
        mbytes = snap.files.iter().map(|f| f.bytes).sum::<u64>() as f64 / (1024.0 * 1024.0);
        lines.push(report(mbytes, snap.files.len(), secs, snap.entities.len(), snap.relations.len()));
        times.push(secs);
        drop(snap);
    }
    if times.len() > 1 {
        times.sort_by(f64::total_cmp);
        let (best, median) = (times[0], times[times.len() / 2]);
        lines.push(format!(
            "extract: {} runs: fastest {best:.2} s, {:.1} MB/s; median {median:.2} s, {:.1} MB/s",
            times.len(),
            mbytes / best,
            mbytes / median
        ));
    }
    Ok(lines.join("\n"))
}

fn report(mbytes: f64, files: usize, secs: f64, entities: usize, relations: usize) -> String {
    format!(
        "extract: {mbytes:.1} MB in {files} files, {} threads: {secs:.2} s, {:.1} MB/s; {entities} entities, {relations} relations; peak memory {:.0} MB",
        rayon::current_num_threads(),
        mbytes / secs,
        peak_rss_mb()
    )
}

/// Extraction throughput: generates `mb` MB from the fixtures (kept in
/// `keep` if given), then times the whole path over it.
pub fn extract_throughput(root: &Path, mb: f64, keep: Option<&Path>) -> Result<String, String> {
    let fixtures = root.join("tests/fixtures");
    let mut sources: Vec<PathBuf> = Vec::new();
    for dir in [root.join("assets/demo"), fixtures.join("articles"), fixtures.join("mini")] {
        let (files, _) = crate::corpus::list_files(&dir).map_err(|e| e.to_string())?;
        sources.extend(files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "txt")));
    }
    let tmp = keep
        .map(Path::to_path_buf)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("linkchart-bench-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&tmp);
    let bytes = generate_corpus(&sources, &fixtures, &tmp, mb).map_err(|e| e.to_string())?;
    let t = Instant::now();
    let snap = run_folder(&tmp, 0, &AtomicBool::new(false), &Progress::default());
    let secs = t.elapsed().as_secs_f64();
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    let snap = snap.map_err(|e| e.to_string())?;
    let mbytes = bytes as f64 / (1024.0 * 1024.0);
    Ok(report(mbytes, snap.files.len(), secs, snap.entities.len(), snap.relations.len()))
}
