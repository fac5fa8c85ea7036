//! The whole path from a folder to a laid-out snapshot, with progress and
//! cancellation, shared by the command line and the window.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::corpus::{self, CorpusError};
use crate::extract::{ExtractError, Extractor, lexicon::Lexicon};
use crate::layout::{self, Params};
use crate::snapshot::{FileInfo, Snapshot};

/// Where a run is; read from another thread while it works.
#[derive(Default)]
pub struct Progress {
    pub stage: AtomicUsize,
    pub done: AtomicUsize,
    pub total: AtomicUsize,
}

pub const STAGES: [&str; 4] = ["Listing files", "Reading files", "Extracting", "Laying out"];

impl Progress {
    fn set(&self, stage: usize, done: usize, total: usize) {
        self.stage.store(stage, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    /// Stage name and fraction done (0..=1).
    pub fn read(&self) -> (&'static str, f32) {
        let stage = self.stage.load(Ordering::Relaxed).min(STAGES.len() - 1);
        let total = self.total.load(Ordering::Relaxed).max(1);
        let done = self.done.load(Ordering::Relaxed);
        (STAGES[stage], (done as f32 / total as f32).clamp(0.0, 1.0))
    }
}

#[derive(thiserror::Error, Debug)]
pub enum PipelineError {
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    #[error(transparent)]
    Extract(#[from] ExtractError),
    #[error("{0}: no readable articles (.txt, .md, .html, .htm) in this folder")]
    Empty(String),
}

/// Reads `dir`, extracts its graph with the built-in, user and folder
/// lexicons, and lays it out for `ticks` steps (none at 0: positions stay at
/// the origin for a caller that animates the layout itself).
pub fn run_folder(
    dir: &Path,
    ticks: usize,
    cancel: &AtomicBool,
    progress: &Progress,
) -> Result<Snapshot, PipelineError> {
    let started = std::time::Instant::now();
    progress.set(0, 0, 1);
    let (files, mut skipped) = corpus::list_files(dir)?;
    progress.set(1, 0, files.len());
    // The lexicon and its automata are built while the files are read.
    let (read, extractor) = rayon::join(
        || corpus::read_all(dir, &files, cancel, &|d| progress.done.store(d, Ordering::Relaxed)),
        || {
            let x = Lexicon::for_folder(Some(dir)).map_err(ExtractError::from).and_then(Extractor::new);
            if std::env::var_os("LINKCHART_DEBUG").is_some() {
                eprintln!("extractor built in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
            }
            x
        },
    );
    let (docs, unreadable) = read?;
    let extractor = extractor?;
    skipped.extend(unreadable);
    skipped.sort_by(|a, b| a.file.cmp(&b.file));
    if docs.is_empty() {
        return Err(PipelineError::Empty(dir.display().to_string()));
    }
    if std::env::var_os("LINKCHART_DEBUG").is_some() {
        eprintln!(
            "read {} files in {:.0} ms, peak memory {:.0} MB",
            docs.len(),
            started.elapsed().as_secs_f64() * 1000.0,
            crate::bench::peak_rss_mb()
        );
    }
    progress.set(2, 0, 1);
    if cancel.load(Ordering::Relaxed) {
        return Err(CorpusError::Cancelled.into());
    }
    let mut graph = extractor.extract(&docs);
    if cancel.load(Ordering::Relaxed) {
        return Err(CorpusError::Cancelled.into());
    }
    progress.set(3, 0, 1);
    if ticks > 0 {
        layout::layout_graph(&mut graph, ticks, Params::default());
    }
    progress.set(3, 1, 1);
    let mut snap = Snapshot::from_graph(graph);
    snap.source = Some(dir.display().to_string());
    snap.files = docs.iter().map(|d| FileInfo { file: d.file.clone(), bytes: d.text.len() as u64 }).collect();
    snap.skipped = skipped;
    Ok(snap)
}
