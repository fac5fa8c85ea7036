//! The command line: `linkchart [PATH]` opens the window; subcommands work
//! without one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::layout::{Params, Simulation};
use crate::pipeline::{self, Progress};
use crate::snapshot::Snapshot;

#[derive(Parser, Debug)]
#[command(name = "linkchart", version, about = "Link analysis for folders of news articles")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A folder of articles or a snapshot (.json) to open in the window; the demo corpus if omitted.
    pub path: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract the graph of a folder and write a snapshot, without a window.
    Extract {
        dir: PathBuf,
        /// The snapshot to write.
        #[arg(long)]
        out: PathBuf,
        /// Layout steps to run before writing.
        #[arg(long, default_value_t = 300)]
        ticks: usize,
    },
    /// Lay out a snapshot or a plain graph ({"nodes": N, "edges": [[a, b], ...]}).
    Layout {
        input: PathBuf,
        #[arg(long, default_value_t = 300)]
        ticks: usize,
        #[arg(long)]
        out: PathBuf,
        /// Barnes–Hut opening angle.
        #[arg(long, default_value_t = 0.9)]
        theta: f32,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Pull toward the centre (0 = none, as in d3-force).
        #[arg(long)]
        gravity: Option<f32>,
    },
    /// Export a snapshot for Gephi (GEXF) or spreadsheets (two CSV tables).
    Export {
        snapshot: PathBuf,
        /// Write GEXF 1.3 here.
        #[arg(long)]
        gexf: Option<PathBuf>,
        /// Write PATH.nodes.csv and PATH.edges.csv.
        #[arg(long)]
        csv: Option<PathBuf>,
    },
    /// Benchmarks: extraction throughput, or frame build time (see README).
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
    /// Score extraction on an annotated folder, like shared/eval/score.py.
    Eval {
        /// The answer key (JSON, the format of shared/eval/seeds.gold.json).
        #[arg(long)]
        gold: PathBuf,
        dir: PathBuf,
        /// Also list every miss and false hit.
        #[arg(long)]
        verbose: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Extract a generated corpus of MB megabytes (from the fixtures, names varied); report MB/s and peak memory.
    Extract {
        #[arg(long, default_value_t = 50.0)]
        mb: f64,
        /// Measure this folder instead of a generated corpus.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Keep the generated corpus in this folder.
        #[arg(long)]
        keep: Option<PathBuf>,
        /// With --dir: time the folder this many times; report each run, the
        /// fastest and the median.
        #[arg(long, default_value_t = 1)]
        runs: usize,
    },
    /// Build and tessellate frames of the window showing a generated graph, without a GPU.
    #[cfg(feature = "gui")]
    Frame {
        #[arg(long, default_value_t = 10_000)]
        nodes: usize,
        #[arg(long, default_value_t = 20_000)]
        edges: usize,
        #[arg(long, default_value_t = 30)]
        frames: usize,
    },
}

/// Runs a subcommand; `None` means "open the window".
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let result = match cli.command.as_ref()? {
        Command::Extract { dir, out, ticks } => extract(dir, out, *ticks),
        Command::Layout { input, ticks, out, theta, seed, gravity } => {
            let d = Params::default();
            let params = Params { theta: *theta, seed: *seed, gravity: gravity.unwrap_or(d.gravity), ..d };
            layout(input, *ticks, out, params)
        }
        Command::Eval { gold, dir, verbose } => eval(gold, dir, *verbose),
        Command::Bench { what } => bench(what),
        Command::Export { snapshot, gexf, csv } => export(snapshot, gexf.as_deref(), csv.as_deref()),
    };
    Some(match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("linkchart: {msg}");
            ExitCode::FAILURE
        }
    })
}

fn extract(dir: &Path, out: &Path, ticks: usize) -> Result<(), String> {
    let t = Instant::now();
    let snap =
        pipeline::run_folder(dir, ticks, &AtomicBool::new(false), &Progress::default()).map_err(|e| e.to_string())?;
    for s in &snap.skipped {
        eprintln!("skipped {}: {}", s.file, s.reason);
    }
    snap.save(out).map_err(|e| e.to_string())?;
    eprintln!(
        "{} files, {} entities, {} relations in {:.0} ms -> {}",
        snap.files.len(),
        snap.entities.len(),
        snap.relations.len(),
        t.elapsed().as_secs_f64() * 1000.0,
        out.display()
    );
    Ok(())
}

#[derive(serde::Deserialize)]
struct PlainGraph {
    nodes: usize,
    edges: Vec<[usize; 2]>,
}

fn layout(input: &Path, ticks: usize, out: &Path, params: Params) -> Result<(), String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", input.display()))?;
    if value.get("format").is_some() {
        let mut snap = Snapshot::from_json(&input.display().to_string(), &text).map_err(|e| e.to_string())?;
        let mut graph = snap.graph();
        let t = Instant::now();
        crate::layout::layout_graph(&mut graph, ticks, params);
        report_ticks(t, ticks, graph.entities.len());
        snap.entities = graph.entities;
        return snap.save(out).map_err(|e| e.to_string());
    }
    let plain: PlainGraph = serde_json::from_value(value).map_err(|e| {
        format!(
            "{}: neither a snapshot nor a plain graph {{\"nodes\": N, \"edges\": [[a, b], ...]}}: {e}",
            input.display()
        )
    })?;
    if let Some(e) = plain.edges.iter().find(|e| e[0] >= plain.nodes || e[1] >= plain.nodes) {
        return Err(format!("{}: edge [{}, {}] names a node beyond {}", input.display(), e[0], e[1], plain.nodes));
    }
    let edges: Vec<(usize, usize)> = plain.edges.iter().map(|e| (e[0], e[1])).collect();
    let t = Instant::now();
    let mut sim = Simulation::new(plain.nodes, &edges, None, params);
    sim.run(ticks);
    report_ticks(t, ticks, plain.nodes);
    let json = serde_json::json!({ "positions": sim.pos });
    crate::snapshot::write_atomic(out, json.to_string().as_bytes()).map_err(|e| e.to_string())
}

fn report_ticks(t: Instant, ticks: usize, nodes: usize) {
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    eprintln!("{nodes} nodes, {ticks} ticks in {ms:.0} ms: {:.2} ms per tick", ms / ticks.max(1) as f64);
}

fn eval(gold: &Path, dir: &Path, verbose: bool) -> Result<(), String> {
    let key = crate::eval::load_gold(gold)?;
    let snap =
        pipeline::run_folder(dir, 0, &AtomicBool::new(false), &Progress::default()).map_err(|e| e.to_string())?;
    let score = crate::eval::score(&key, &snap.graph(), Some(dir));
    // A closed pipe (`| head`) is not an error worth a panic.
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if verbose {
        let _ = writeln!(out, "{}", score.details());
    }
    let _ = writeln!(out, "{}", score.summary());
    Ok(())
}

fn export(snapshot: &Path, gexf: Option<&Path>, csv: Option<&Path>) -> Result<(), String> {
    if gexf.is_none() && csv.is_none() {
        return Err("say what to write: --gexf FILE.gexf and/or --csv FILE.csv".to_owned());
    }
    let snap = Snapshot::load(snapshot).map_err(|e| e.to_string())?;
    let graph = snap.graph();
    if let Some(p) = gexf {
        crate::export::write_gexf(&graph, p).map_err(|e| e.to_string())?;
        eprintln!("wrote {}", p.display());
    }
    if let Some(p) = csv {
        let (n, e) = crate::export::write_csv(&graph, p).map_err(|e| e.to_string())?;
        eprintln!("wrote {} and {}", n.display(), e.display());
    }
    Ok(())
}

fn bench(what: &BenchCommand) -> Result<(), String> {
    match what {
        BenchCommand::Extract { mb, dir, keep, runs } => {
            if let Some(dir) = dir {
                println!("{}", crate::bench::extract_folder(dir, *runs)?);
                return Ok(());
            }
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let root = if root.join("tests/fixtures").is_dir() { root.to_path_buf() } else { PathBuf::from(".") };
            println!("{}", crate::bench::extract_throughput(&root, *mb, keep.as_deref())?);
        }
        #[cfg(feature = "gui")]
        BenchCommand::Frame { nodes, edges, frames } => {
            if *nodes < 2 {
                return Err("--nodes must be at least 2".to_owned());
            }
            println!("{}", crate::app::bench_frames(*nodes, *edges, *frames));
        }
    }
    Ok(())
}

/// The bundled demo corpus: `assets/demo` next to the sources, or in the working directory.
pub fn demo_dir() -> PathBuf {
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo");
    if built.is_dir() { built } else { PathBuf::from("assets/demo") }
}
