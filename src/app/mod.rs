//! The window: a thin eframe shell around [`LinkchartApp`], whose `ui`
//! method draws everything and can be driven by egui_kittest.
//!
//! Drawing code only reads state and returns [`Command`]s; `run_command`
//! carries them out after the panels are drawn. File dialogs and file I/O
//! happen on background threads, never in the drawing code.

mod canvas;
mod explore;
mod inspector;
mod style;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::corpus::Skipped;
use crate::filter::{Filters, Visibility};
use crate::layout::worker::{LayoutWorker, Msg};
use crate::layout::{Params, Simulation};
use crate::model::Graph;
use crate::pipeline::{self, Progress};
use crate::snapshot::{FileInfo, Snapshot};

pub use canvas::Camera;

const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);

/// Opens the window on `path` (a folder or a snapshot), or the demo corpus.
pub fn run(path: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("linkchart")
            .with_app_id("linkchart")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "linkchart",
        options,
        Box::new(move |cc| {
            let mut app = LinkchartApp::new(Some(cc.egui_ctx.clone()), Arc::new(NativeDialogs));
            app.open(path.unwrap_or_else(crate::cli::demo_dir));
            Ok(Box::new(app))
        }),
    )
}

/// The file dialogs, behind a trait so tests can answer them.
pub trait Dialogs: Send + Sync {
    fn pick_folder(&self) -> Option<PathBuf>;
    fn pick_snapshot(&self) -> Option<PathBuf>;
    fn save_snapshot(&self, suggested: &str) -> Option<PathBuf>;
    /// Where to export, for a file type (`gexf` or `csv`).
    fn export_file(&self, suggested: &str, ext: &str) -> Option<PathBuf>;
}

/// The desktop's native dialogs (xdg portal or zenity, through rfd).
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_folder(&self) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title("Open a folder of articles").pick_folder()
    }

    fn pick_snapshot(&self) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title("Open a snapshot").add_filter("linkchart snapshot", &["json"]).pick_file()
    }

    fn save_snapshot(&self, suggested: &str) -> Option<PathBuf> {
        let p = rfd::FileDialog::new()
            .set_title("Save snapshot")
            .add_filter("linkchart snapshot", &["json"])
            .set_file_name(suggested)
            .save_file()?;
        Some(if p.extension().is_none() { p.with_extension("json") } else { p })
    }

    fn export_file(&self, suggested: &str, ext: &str) -> Option<PathBuf> {
        let p = rfd::FileDialog::new()
            .set_title("Export")
            .add_filter(ext.to_uppercase(), &[ext])
            .set_file_name(suggested)
            .save_file()?;
        Some(if p.extension().is_none() { p.with_extension(ext) } else { p })
    }
}

/// Something the UI asks for; carried out after drawing.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    OpenFolderDialog,
    /// Add a second folder to the open graph.
    AddFolderDialog,
    AddFolder(PathBuf),
    OpenSnapshotDialog,
    ShowPathField,
    Open(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    ExportGexf,
    ExportCsv,
    CancelJob,
    Fit,
    Select(Selection),
    /// Move a node (world coordinates) and pin it there.
    MoveNode(usize, [f32; 2]),
    Unpin(usize),
    HideSelection,
    ShowAll,
    SetFilters(Filters),
    /// Select a node and centre the view on it.
    FocusNode(usize),
    TogglePause,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    None,
    Node(usize),
    Edge(usize),
}

/// The open graph and what it came from.
pub struct Doc {
    pub graph: Graph,
    pub source: Option<String>,
    pub files: Vec<FileInfo>,
    pub skipped: Vec<Skipped>,
    /// Where it was last saved or opened from, if a snapshot.
    pub path: Option<PathBuf>,
    pub dirty: bool,
    pub degree: Vec<u32>,
    /// Relation indices touching each node.
    pub incident: Vec<Vec<usize>>,
    /// (source, target) node index of each relation.
    pub ends: Vec<(usize, usize)>,
    /// Nodes sorted by degree, highest first (label priority).
    pub by_degree: Vec<usize>,
    pub hidden: Vec<bool>,
    /// What the filters leave visible (derived from `hidden` and the filters).
    pub vis: Visibility,
}

impl Doc {
    fn new(snap: Snapshot, path: Option<PathBuf>) -> Self {
        let graph = snap.graph();
        let n = graph.entities.len();
        let index = graph.index();
        let ends: Vec<(usize, usize)> = graph
            .relations
            .iter()
            .map(|r| {
                (index.get(r.source.as_str()).copied().unwrap_or(0), index.get(r.target.as_str()).copied().unwrap_or(0))
            })
            .collect();
        let mut incident = vec![Vec::new(); n];
        for (k, &(a, b)) in ends.iter().enumerate() {
            incident[a].push(k);
            if a != b {
                incident[b].push(k);
            }
        }
        let degree = graph.degrees();
        let mut by_degree: Vec<usize> = (0..n).collect();
        by_degree.sort_by_key(|&i| (std::cmp::Reverse(degree[i]), i));
        Doc {
            graph,
            source: snap.source,
            files: snap.files,
            skipped: snap.skipped,
            path,
            dirty: false,
            degree,
            incident,
            ends,
            by_degree,
            hidden: vec![false; n],
            vis: Visibility::default(),
        }
    }

    fn snapshot(&self, positions: &[[f32; 2]], pinned: &[bool]) -> Snapshot {
        let mut graph = self.graph.clone();
        for (i, e) in graph.entities.iter_mut().enumerate() {
            if let Some(p) = positions.get(i) {
                e.x = p[0];
                e.y = p[1];
            }
            e.pinned = pinned.get(i).copied().unwrap_or(false);
        }
        let mut snap = Snapshot::from_graph(graph);
        snap.source = self.source.clone();
        snap.files = self.files.clone();
        snap.skipped = self.skipped.clone();
        snap
    }

    pub fn node_by_id(&self, id: &str) -> Option<usize> {
        self.graph.entities.iter().position(|e| e.id == id)
    }
}

/// A background job: reading and extracting a folder, or loading a snapshot.
struct Job {
    what: String,
    /// Add to the open graph instead of replacing it.
    merge: bool,
    progress: Arc<Progress>,
    cancel: Arc<AtomicBool>,
    rx: Receiver<Result<(Snapshot, Option<PathBuf>), String>>,
}

enum DialogAnswer {
    Folder(Option<PathBuf>),
    AddFolder(Option<PathBuf>),
    Snapshot(Option<PathBuf>),
    SaveTo(Option<PathBuf>),
    ExportGexf(Option<PathBuf>),
    ExportCsv(Option<PathBuf>),
}

/// Messages for the status line and the warnings window.
#[derive(Clone, Debug)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

pub struct LinkchartApp {
    /// For waking the window from background threads; set by the first frame.
    ctx: Option<egui::Context>,
    dialogs: Arc<dyn Dialogs>,
    pub doc: Option<Doc>,
    job: Option<Job>,
    dialog_rx: Option<Receiver<DialogAnswer>>,
    layout: Option<LayoutWorker>,
    layout_gen: u64,
    /// Current node positions (world units), copied from the layout thread.
    pub positions: Vec<[f32; 2]>,
    pub pinned: Vec<bool>,
    pub camera: Camera,
    /// Keep framing the whole graph until the user moves the view.
    pub auto_fit: bool,
    pub selection: Selection,
    pub filters: Filters,
    pub search: String,
    pub notices: Vec<Notice>,
    pub show_warnings: bool,
    pub show_path_field: bool,
    pub path_field: String,
    canvas: canvas::CanvasState,
    /// Size of the graph area in the last frame.
    pub canvas_rect: egui::Rect,
    /// Asking whether to save before quitting.
    pub show_quit_prompt: bool,
    /// Quit once the pending save has succeeded.
    close_after_save: bool,
    allow_close: bool,
    /// Smoothed time between frames, for the frame-rate readout.
    frame_interval: f32,
    last_frame: Option<std::time::Instant>,
}

impl LinkchartApp {
    /// `ctx` wakes the window when background work finishes; without it the
    /// first frame supplies it.
    pub fn new(ctx: Option<egui::Context>, dialogs: Arc<dyn Dialogs>) -> Self {
        LinkchartApp {
            ctx,
            dialogs,
            doc: None,
            job: None,
            dialog_rx: None,
            layout: None,
            layout_gen: 0,
            positions: Vec::new(),
            pinned: Vec::new(),
            camera: Camera::default(),
            auto_fit: true,
            selection: Selection::None,
            filters: Filters::default(),
            search: String::new(),
            notices: Vec::new(),
            show_warnings: false,
            show_path_field: false,
            path_field: String::new(),
            canvas: canvas::CanvasState::default(),
            canvas_rect: egui::Rect::NOTHING,
            show_quit_prompt: false,
            close_after_save: false,
            allow_close: false,
            frame_interval: 0.0,
            last_frame: None,
        }
    }

    /// Is a folder being read or a snapshot loaded?
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    pub fn is_layout_paused(&self) -> bool {
        self.layout.as_ref().is_some_and(|l| l.is_paused())
    }

    /// Is the layout still moving?
    pub fn is_layout_running(&self) -> bool {
        self.layout.as_ref().is_some_and(|l| !l.is_settled() && !l.is_paused())
    }

    /// Opens a folder or a snapshot file on a background thread.
    pub fn open(&mut self, path: PathBuf) {
        self.start_job(path, false);
    }

    /// Reads a second folder and adds its graph to the open one; the layout
    /// continues from the current positions.
    pub fn add_folder(&mut self, path: PathBuf) {
        if self.doc.is_none() {
            return self.open(path);
        }
        self.start_job(path, true);
    }

    fn start_job(&mut self, path: PathBuf, merge: bool) {
        if let Some(job) = self.job.take() {
            job.cancel.store(true, Ordering::Relaxed);
        }
        let progress = Arc::new(Progress::default());
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        let (p, c, ctx) = (progress.clone(), cancel.clone(), self.ctx.clone());
        let wake = move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        };
        let what = path.display().to_string();
        let is_snapshot = path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let spawned = std::thread::Builder::new().name("linkchart-open".to_owned()).spawn(move || {
            let result = if is_snapshot {
                Snapshot::load(&path).map(|s| (s, Some(path.clone()))).map_err(|e| e.to_string())
            } else {
                pipeline::run_folder(&path, 0, &c, &p).map(|s| (s, None)).map_err(|e| e.to_string())
            };
            let _ = tx.send(result);
            wake();
        });
        match spawned {
            Ok(_) => self.job = Some(Job { what, merge, progress, cancel, rx }),
            Err(e) => self.notify(true, format!("cannot start reading {what}: {e}")),
        }
    }

    fn notify(&mut self, error: bool, text: String) {
        self.notices.push(Notice { error, text });
    }

    /// Takes in finished jobs, dialog answers and layout positions.
    fn poll(&mut self) {
        if let Some(job) = &self.job {
            match job.rx.try_recv() {
                Ok(Ok((snap, path))) => {
                    let merge = job.merge;
                    self.job = None;
                    if merge && let Some(doc) = &self.doc {
                        let mut base = doc.snapshot(&self.positions, &self.pinned);
                        let prefix = snap
                            .source
                            .as_deref()
                            .and_then(|s| Path::new(s).file_name())
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        base.merge(snap, &prefix);
                        let path = doc.path.clone();
                        self.install(base, path);
                        if let Some(d) = &mut self.doc {
                            d.dirty = true;
                        }
                    } else {
                        self.install(snap, path);
                    }
                }
                Ok(Err(e)) => {
                    self.job = None;
                    self.notify(true, e);
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.job = None;
                    self.notify(true, "the reading thread stopped unexpectedly".to_owned());
                }
            }
        }
        if let Some(rx) = &self.dialog_rx
            && let Ok(answer) = rx.try_recv()
        {
            {
                self.dialog_rx = None;
                match answer {
                    DialogAnswer::Folder(Some(p)) | DialogAnswer::Snapshot(Some(p)) => self.open(p),
                    DialogAnswer::AddFolder(Some(p)) => self.add_folder(p),
                    DialogAnswer::SaveTo(Some(p)) => self.save_to(&p),
                    DialogAnswer::Folder(None) | DialogAnswer::Snapshot(None) | DialogAnswer::AddFolder(None) => {
                        // No dialog available (or cancelled): offer the path field.
                        self.show_path_field = true;
                    }
                    DialogAnswer::ExportGexf(Some(p)) => self.export(&p, false),
                    DialogAnswer::ExportCsv(Some(p)) => self.export(&p, true),
                    DialogAnswer::SaveTo(None) | DialogAnswer::ExportGexf(None) | DialogAnswer::ExportCsv(None) => {}
                }
            }
        }
        if let Some(layout) = &self.layout
            && let Some((g, pos)) = layout.positions_since(self.layout_gen)
        {
            {
                self.layout_gen = g;
                if pos.len() == self.positions.len() {
                    // Keep a node being dragged where the pointer is, and a pinned
                    // node where it was put: positions the layout thread computed
                    // before it heard of the pin would snap it back for a frame.
                    let dragged = self.canvas.dragging.map(|d| d.0);
                    for (i, p) in pos.into_iter().enumerate() {
                        if Some(i) != dragged && !self.pinned.get(i).copied().unwrap_or(false) {
                            self.positions[i] = p;
                        }
                    }
                }
            }
        }
    }

    /// Shows a newly loaded graph and starts its layout.
    pub fn install(&mut self, snap: Snapshot, path: Option<PathBuf>) {
        for s in &snap.skipped {
            self.notices.push(Notice { error: false, text: format!("skipped {}: {}", s.file, s.reason) });
        }
        let doc = Doc::new(snap, path);
        let n = doc.graph.entities.len();
        let placed: Vec<bool> = doc.graph.entities.iter().map(|e| e.x != 0.0 || e.y != 0.0 || e.pinned).collect();
        let laid_out = placed.iter().any(|p| *p);
        let all_placed = placed.iter().all(|p| *p);
        let edges: Vec<(usize, usize)> = doc.ends.clone();
        // New nodes (a second folder) start beside a placed neighbour.
        let start = laid_out.then(|| crate::layout::continue_from(&doc.graph, &edges, &placed, 42));
        let mut sim = Simulation::new(n, &edges, start, Params::default());
        sim.pinned = doc.graph.entities.iter().map(|e| e.pinned).collect();
        if all_placed {
            // A saved layout comes back exactly as it was.
            sim.alpha = 0.0;
        } else if laid_out {
            // Added nodes settle in without reshuffling the rest.
            sim.alpha = 0.3;
        }
        self.positions = sim.pos.clone();
        self.pinned = sim.pinned.clone();
        let ctx = self.ctx.clone();
        self.layout = Some(LayoutWorker::start(sim, move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        }));
        self.layout_gen = 0;
        self.doc = Some(doc);
        self.filters.focus = None;
        self.update_active();
        self.selection = Selection::None;
        self.auto_fit = true;
        self.canvas = canvas::CanvasState::default();
    }

    fn ask(&mut self, f: impl FnOnce(&dyn Dialogs) -> DialogAnswer + Send + 'static) {
        if self.dialog_rx.is_some() {
            return; // one dialog at a time
        }
        let (tx, rx) = channel();
        let dialogs = self.dialogs.clone();
        let ctx = self.ctx.clone();
        let _ = std::thread::Builder::new().name("linkchart-dialog".to_owned()).spawn(move || {
            let _ = tx.send(f(dialogs.as_ref()));
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        self.dialog_rx = Some(rx);
    }

    fn save_to(&mut self, path: &Path) {
        let Some(doc) = &mut self.doc else { return };
        let snap = doc.snapshot(&self.positions, &self.pinned);
        match snap.save(path) {
            Ok(()) => {
                doc.path = Some(path.to_path_buf());
                doc.dirty = false;
                self.notify(false, format!("saved {}", path.display()));
                if self.close_after_save {
                    self.allow_close = true;
                    if let Some(ctx) = &self.ctx {
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                }
            }
            Err(e) => self.notify(true, format!("not saved: {e}")),
        }
    }

    /// Exports the open graph (with current positions) as GEXF or CSV.
    fn export(&mut self, path: &Path, csv: bool) {
        let Some(doc) = &self.doc else { return };
        let graph = doc.snapshot(&self.positions, &self.pinned).graph();
        let result = if csv {
            crate::export::write_csv(&graph, path).map(|(n, e)| format!("exported {} and {}", n.display(), e.display()))
        } else {
            crate::export::write_gexf(&graph, path).map(|()| format!("exported {}", path.display()))
        };
        match result {
            Ok(msg) => self.notify(false, msg),
            Err(e) => self.notify(true, format!("not exported: {e}")),
        }
    }

    pub fn run_command(&mut self, cmd: Command) {
        match cmd {
            Command::OpenFolderDialog => self.ask(|d| DialogAnswer::Folder(d.pick_folder())),
            Command::AddFolderDialog => self.ask(|d| DialogAnswer::AddFolder(d.pick_folder())),
            Command::AddFolder(p) => self.add_folder(p),
            Command::OpenSnapshotDialog => self.ask(|d| DialogAnswer::Snapshot(d.pick_snapshot())),
            Command::ShowPathField => self.show_path_field = true,
            Command::Open(p) => {
                self.show_path_field = false;
                self.open(p);
            }
            Command::Save => match self.doc.as_ref().and_then(|d| d.path.clone()) {
                Some(p) => self.save_to(&p),
                None => self.run_command(Command::SaveAs),
            },
            Command::SaveAs => {
                if self.doc.is_some() {
                    self.ask(|d| DialogAnswer::SaveTo(d.save_snapshot("graph.json")));
                }
            }
            Command::SaveTo(p) => self.save_to(&p),
            Command::ExportGexf => {
                if self.doc.is_some() {
                    self.ask(|d| DialogAnswer::ExportGexf(d.export_file("graph.gexf", "gexf")));
                }
            }
            Command::ExportCsv => {
                if self.doc.is_some() {
                    self.ask(|d| DialogAnswer::ExportCsv(d.export_file("graph.csv", "csv")));
                }
            }
            Command::CancelJob => {
                if let Some(job) = self.job.take() {
                    job.cancel.store(true, Ordering::Relaxed);
                    self.notify(false, format!("cancelled reading {}", job.what));
                }
            }
            Command::Fit => {
                self.auto_fit = false;
                self.fit();
            }
            Command::Select(s) => self.selection = s,
            Command::MoveNode(i, p) => {
                if i < self.positions.len() {
                    self.positions[i] = p;
                    self.pinned[i] = true;
                    if let Some(l) = &self.layout {
                        l.send(Msg::Pin(i, p));
                    }
                    if let Some(d) = &mut self.doc {
                        d.dirty = true;
                    }
                }
            }
            Command::Unpin(i) => {
                if i < self.pinned.len() {
                    self.pinned[i] = false;
                    if let Some(l) = &self.layout {
                        l.send(Msg::Unpin(i));
                    }
                }
            }
            Command::HideSelection => {
                if let (Selection::Node(i), Some(doc)) = (self.selection, &mut self.doc) {
                    doc.hidden[i] = true;
                    self.selection = Selection::None;
                    self.update_active();
                }
            }
            Command::ShowAll => {
                if let Some(doc) = &mut self.doc {
                    doc.hidden.iter_mut().for_each(|h| *h = false);
                    self.update_active();
                }
            }
            Command::SetFilters(f) => {
                self.filters = f;
                self.update_active();
                if let Selection::Node(i) = self.selection
                    && !self.doc.as_ref().is_some_and(|d| d.vis.nodes[i])
                {
                    self.selection = Selection::None;
                }
            }
            Command::FocusNode(i) => {
                if let Some(p) = self.positions.get(i) {
                    self.selection = Selection::Node(i);
                    self.camera.center = *p;
                    self.camera.zoom = self.camera.zoom.max(1.0);
                    self.auto_fit = false;
                }
            }
            Command::TogglePause => {
                if let Some(l) = &self.layout {
                    l.send(Msg::Pause(!l.is_paused()));
                }
            }
        }
    }

    /// Recomputes what is visible and tells the layout which nodes take part.
    fn update_active(&mut self) {
        let Some(doc) = &mut self.doc else { return };
        doc.vis = crate::filter::visibility(&doc.graph, &doc.ends, &doc.hidden, &self.filters);
        if let Some(l) = &self.layout {
            l.send(Msg::SetActive(doc.vis.nodes.clone()));
        }
    }

    /// Frames every visible node.
    pub fn fit(&mut self) {
        let Some(doc) = &self.doc else { return };
        let pts = self.positions.iter().enumerate().filter(|(i, _)| doc.vis.nodes[*i]).map(|(_, p)| *p);
        self.camera.fit(pts, self.canvas_rect.size());
    }

    /// Screen position of a node in the last frame's canvas.
    pub fn node_screen_pos(&self, i: usize) -> Option<egui::Pos2> {
        let p = self.positions.get(i)?;
        Some(self.camera.to_screen(self.canvas_rect, *p))
    }

    /// The whole window. Called by eframe every frame, and by tests.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let frame_start = std::time::Instant::now();
        if let Some(last) = self.last_frame {
            let dt = frame_start.duration_since(last).as_secs_f32().min(1.0);
            self.frame_interval = if self.frame_interval == 0.0 { dt } else { 0.9 * self.frame_interval + 0.1 * dt };
        }
        self.last_frame = Some(frame_start);
        let debug = std::env::var_os("LINKCHART_DEBUG").is_some();
        if self.ctx.is_none() {
            self.ctx = Some(ui.ctx().clone());
        }
        self.poll();
        let mut commands = Vec::new();
        self.shortcuts(ui, &mut commands);
        // Never lose work: closing with unsaved changes asks first.
        let dirty = self.doc.as_ref().is_some_and(|d| d.dirty);
        if ui.input(|i| i.viewport().close_requested()) && dirty && !self.allow_close {
            ui.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.show_quit_prompt = true;
        }
        self.dropped_files(ui, &mut commands);
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut commands));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui, &mut commands));
        if self.doc.is_some() {
            egui::Panel::left("explore").default_size(230.0).min_size(180.0).max_size(360.0).show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("explore").auto_shrink([false, false]).show(ui, |ui| {
                    explore::explore_ui(ui, self, &mut commands);
                })
            });
            egui::Panel::right("inspector").default_size(380.0).min_size(240.0).max_size(520.0).show(ui, |ui| {
                egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                    inspector::inspector_ui(ui, self, &mut commands);
                })
            });
        }
        if debug {
            eprintln!("  panels {:.2} ms", frame_start.elapsed().as_secs_f64() * 1000.0);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.doc.is_some() {
                canvas::canvas_ui(ui, self, &mut commands);
                if debug {
                    eprintln!("  canvas done {:.2} ms", frame_start.elapsed().as_secs_f64() * 1000.0);
                }
            } else if self.job.is_none() {
                ui.centered_and_justified(|ui| {
                    ui.label("Open a folder of articles with File > Open folder…, or drop one here.")
                });
            }
        });
        self.windows_ui(ui, &mut commands);
        for c in commands {
            self.run_command(c);
        }
        if self.auto_fit && self.doc.is_some() {
            self.fit();
        }
        if self.job.is_some() {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn shortcuts(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if ui.input_mut(|i| i.consume_shortcut(&SAVE_AS)) {
            commands.push(Command::SaveAs);
        }
        if ui.input_mut(|i| i.consume_shortcut(&SAVE)) {
            commands.push(Command::Save);
        }
        if ui.input_mut(|i| i.consume_shortcut(&OPEN)) {
            commands.push(Command::OpenSnapshotDialog);
        }
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        ui.input(|i| {
            if i.key_pressed(Key::Escape) {
                commands.push(Command::Select(Selection::None));
            }
            if i.key_pressed(Key::F) && i.modifiers.is_none() {
                commands.push(Command::Fit);
            }
            if i.key_pressed(Key::Delete) {
                commands.push(Command::HideSelection);
            }
            if i.key_pressed(Key::Space) {
                commands.push(Command::TogglePause);
            }
        });
    }

    fn dropped_files(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let dropped = ui.input(|i| i.raw.dropped_files.clone());
        if let Some(f) = dropped.first() {
            commands.push(Command::Open(f.path().to_path_buf()));
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open folder…").clicked() {
                    commands.push(Command::OpenFolderDialog);
                    ui.close();
                }
                if ui.add_enabled(self.doc.is_some(), egui::Button::new("Add folder…")).clicked() {
                    commands.push(Command::AddFolderDialog);
                    ui.close();
                }
                if ui.button("Open path…").clicked() {
                    commands.push(Command::ShowPathField);
                    ui.close();
                }
                if ui.add(egui::Button::new("Open snapshot…").shortcut_text(ui.ctx().format_shortcut(&OPEN))).clicked()
                {
                    commands.push(Command::OpenSnapshotDialog);
                    ui.close();
                }
                ui.separator();
                let has_doc = self.doc.is_some();
                if ui
                    .add_enabled(
                        has_doc,
                        egui::Button::new("Save snapshot").shortcut_text(ui.ctx().format_shortcut(&SAVE)),
                    )
                    .clicked()
                {
                    commands.push(Command::Save);
                    ui.close();
                }
                if ui
                    .add_enabled(
                        has_doc,
                        egui::Button::new("Save snapshot as…").shortcut_text(ui.ctx().format_shortcut(&SAVE_AS)),
                    )
                    .clicked()
                {
                    commands.push(Command::SaveAs);
                    ui.close();
                }
                if ui.add_enabled(has_doc, egui::Button::new("Export for Gephi (GEXF)…")).clicked() {
                    commands.push(Command::ExportGexf);
                    ui.close();
                }
                if ui.add_enabled(has_doc, egui::Button::new("Export tables (CSV)…")).clicked() {
                    commands.push(Command::ExportCsv);
                    ui.close();
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                if ui.button("Fit (F)").clicked() {
                    commands.push(Command::Fit);
                    ui.close();
                }
                if ui.button("Show hidden nodes").clicked() {
                    commands.push(Command::ShowAll);
                    ui.close();
                }
                let paused = self.layout.as_ref().is_some_and(|l| l.is_paused());
                if ui.button(if paused { "Resume layout (Space)" } else { "Pause layout (Space)" }).clicked() {
                    commands.push(Command::TogglePause);
                    ui.close();
                }
                if ui.button("Warnings").clicked() {
                    self.show_warnings = true;
                    ui.close();
                }
            });
            if ui.button("Fit").clicked() {
                commands.push(Command::Fit);
            }
        });
    }

    fn status_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            if let Some(job) = &self.job {
                let (stage, frac) = job.progress.read();
                ui.label(format!("{stage}: {}", job.what));
                ui.add(egui::ProgressBar::new(frac).show_percentage().desired_width(240.0));
                if ui.button("Cancel").clicked() {
                    commands.push(Command::CancelJob);
                }
                return;
            }
            if let Some(doc) = &self.doc {
                let title = doc
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .or_else(|| doc.source.clone())
                    .unwrap_or_default();
                ui.label(format!(
                    "{}{} · {} entities · {} relations · {} files",
                    title,
                    if doc.dirty { " (unsaved changes)" } else { "" },
                    doc.graph.entities.len(),
                    doc.graph.relations.len(),
                    doc.files.len()
                ));
                if let Some(l) = &self.layout {
                    let state = if l.is_paused() {
                        "layout paused".to_owned()
                    } else if l.is_settled() {
                        "layout settled".to_owned()
                    } else {
                        format!("layout running, {:.1} ms per step", l.ms_per_tick())
                    };
                    ui.label(state);
                }
                if self.frame_interval > 0.0 {
                    ui.weak(format!("{:.0} fps", 1.0 / self.frame_interval));
                }
            }
            let warnings = self.notices.len();
            if warnings > 0 && ui.button(format!("Warnings ({warnings})")).clicked() {
                self.show_warnings = true;
            }
            if let Some(last) = self.notices.last() {
                let color = if last.error { ui.visuals().error_fg_color } else { ui.visuals().weak_text_color() };
                ui.colored_label(color, &last.text);
            }
        });
    }

    fn windows_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if self.show_quit_prompt {
            egui::Window::new("Unsaved changes").collapsible(false).resizable(false).show(ui.ctx(), |ui| {
                ui.label("The graph has changes that are not in a snapshot (moved or pinned nodes, an added folder).");
                ui.horizontal(|ui| {
                    if ui.button("Save and quit").clicked() {
                        self.show_quit_prompt = false;
                        self.close_after_save = true;
                        commands.push(Command::Save);
                    }
                    if ui.button("Quit without saving").clicked() {
                        self.show_quit_prompt = false;
                        self.allow_close = true;
                        ui.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                    if ui.button("Cancel").clicked() {
                        self.show_quit_prompt = false;
                    }
                });
            });
        }
        if self.show_path_field {
            let mut open = true;
            egui::Window::new("Open path").open(&mut open).collapsible(false).show(ui.ctx(), |ui| {
                ui.label("Folder of articles, or a snapshot (.json):");
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut self.path_field).desired_width(360.0).hint_text("/path/to/folder"),
                );
                let edit = edit.on_hover_text("Path");
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                if (ui.button("Open").clicked() || enter) && !self.path_field.trim().is_empty() {
                    commands.push(Command::Open(PathBuf::from(self.path_field.trim())));
                }
            });
            if !open {
                self.show_path_field = false;
            }
        }
        if self.show_warnings {
            let mut open = true;
            egui::Window::new("Warnings").open(&mut open).default_width(520.0).show(ui.ctx(), |ui| {
                egui::ScrollArea::vertical().max_height(400.0).show(ui, |ui| {
                    if self.notices.is_empty() {
                        ui.label("No warnings.");
                    }
                    for n in &self.notices {
                        if n.error {
                            ui.colored_label(ui.visuals().error_fg_color, &n.text);
                        } else {
                            ui.label(&n.text);
                        }
                    }
                });
                if ui.button("Clear").clicked() {
                    self.notices.clear();
                }
            });
            if !open {
                self.show_warnings = false;
            }
        }
    }
}

impl eframe::App for LinkchartApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        LinkchartApp::ui(self, ui);
    }
}

/// Shared test helper: a dialog stub whose answers a test sets.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub folder: Mutex<Option<PathBuf>>,
    pub snapshot: Mutex<Option<PathBuf>>,
    pub save: Mutex<Option<PathBuf>>,
}

impl Dialogs for ScriptedDialogs {
    fn pick_folder(&self) -> Option<PathBuf> {
        self.folder.lock().ok()?.clone()
    }

    fn pick_snapshot(&self) -> Option<PathBuf> {
        self.snapshot.lock().ok()?.clone()
    }

    fn save_snapshot(&self, _suggested: &str) -> Option<PathBuf> {
        self.save.lock().ok()?.clone()
    }

    fn export_file(&self, _suggested: &str, ext: &str) -> Option<PathBuf> {
        Some(self.save.lock().ok()?.clone()?.with_extension(ext))
    }
}

/// Builds and tessellates `frames` frames of the whole window showing a
/// generated graph of `nodes` nodes and `edges` edges, all in view, without a
/// GPU; reports the time per frame. Used by `linkchart bench frame`.
pub fn bench_frames(nodes: usize, edges: usize, frames: usize) -> String {
    use crate::model::{Entity, EntityKind, Evidence, Relation, RelationKind};
    let mut rng = crate::layout::Lcg::new(11);
    let entities: Vec<Entity> = (0..nodes)
        .map(|i| Entity {
            id: format!("n{i}"),
            name: format!("Node {i}"),
            kind: EntityKind::ALL[i % EntityKind::ALL.len()],
            aliases: Vec::new(),
            mentions: Vec::new(),
            x: 0.0,
            y: 0.0,
            pinned: false,
        })
        .collect();
    let mut pairs = Vec::with_capacity(edges);
    for k in 0..edges {
        let a = 1 + k % (nodes - 1).max(1);
        let b = (rng.next_f32() * a as f32) as usize;
        pairs.push((a, b.min(a - 1)));
    }
    let relations: Vec<Relation> = pairs
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| Relation {
            source: format!("n{a}"),
            target: format!("n{b}"),
            kind: RelationKind::ALL[k % RelationKind::ALL.len()],
            confidence: 0.9,
            evidence: vec![Evidence { file: "f.txt".into(), text: "A sentence.".into(), start: 0, end: 11 }],
        })
        .collect();
    let mut graph = Graph { entities, relations };
    // Positions from the multilevel start (no further ticks).
    let sim = Simulation::new(nodes, &pairs, None, Params::default());
    for (e, p) in graph.entities.iter_mut().zip(&sim.pos) {
        e.x = p[0];
        e.y = p[1];
    }
    let mut app = LinkchartApp::new(None, Arc::new(ScriptedDialogs::default()));
    app.install(Snapshot::from_graph(graph), None);
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        ..Default::default()
    };
    let mut times = Vec::with_capacity(frames);
    let mut vertices = 0;
    for f in 0..frames + 2 {
        let t = std::time::Instant::now();
        let mut out = ctx.run_ui(input(), |ui| app.ui(ui));
        let built = t.elapsed().as_secs_f64() * 1000.0;
        let shapes = std::mem::take(&mut out.shapes);
        let prims = ctx.tessellate(shapes, out.pixels_per_point);
        if std::env::var_os("LINKCHART_DEBUG").is_some() {
            eprintln!("frame {f}: build {built:.2} ms, total {:.2} ms", t.elapsed().as_secs_f64() * 1000.0);
        }
        out.textures_delta.clear();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        vertices = prims
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum::<usize>();
        // The first frames load fonts and fit the view.
        if f >= 2 {
            times.push(ms);
        }
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
    let visible = app.doc.as_ref().map_or(0, |d| {
        (0..nodes)
            .filter(|&i| app.canvas_rect.contains(app.camera.to_screen(app.canvas_rect, app.positions[i])))
            .count()
            * usize::from(d.vis.nodes.iter().all(|v| *v))
    });
    format!(
        "frame: {nodes} nodes, {edges} edges ({visible} nodes in view), {} frames: mean {mean:.2} ms, median {:.2} ms, max {:.2} ms per frame (build + tessellate), {vertices} vertices",
        times.len(),
        times.get(times.len() / 2).copied().unwrap_or(0.0),
        times.last().copied().unwrap_or(0.0)
    )
}
