//! Runs a [`Simulation`] on its own thread so the window stays responsive
//! while a large graph settles. The UI sends [`Msg`]s and reads the newest
//! positions when their generation changes.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::Simulation;

pub enum Msg {
    /// Pin a node at a position (a drag), and warm the layout up.
    Pin(usize, [f32; 2]),
    Unpin(usize),
    /// Which nodes take part (filters).
    SetActive(Vec<bool>),
    Pause(bool),
    Reheat(f32),
    /// Replace the whole simulation (a new graph, or nodes added).
    Replace(Box<Simulation>),
}

struct Shared {
    positions: Mutex<Vec<[f32; 2]>>,
    generation: AtomicU64,
    settled: AtomicBool,
    paused: AtomicBool,
    /// Microseconds per tick, last measured.
    tick_us: AtomicU32,
}

pub struct LayoutWorker {
    tx: Sender<Msg>,
    shared: Arc<Shared>,
    handle: Option<JoinHandle<()>>,
}

impl LayoutWorker {
    /// Starts the thread; `wake` is called whenever new positions are ready
    /// (the window uses it to request a repaint).
    pub fn start(sim: Simulation, wake: impl Fn() + Send + 'static) -> Self {
        let shared = Arc::new(Shared {
            positions: Mutex::new(sim.pos.clone()),
            generation: AtomicU64::new(1),
            settled: AtomicBool::new(sim.is_settled()),
            paused: AtomicBool::new(false),
            tick_us: AtomicU32::new(0),
        });
        let (tx, rx) = channel();
        let s = shared.clone();
        let handle =
            std::thread::Builder::new().name("linkchart-layout".to_owned()).spawn(move || run(sim, rx, s, wake)).ok();
        LayoutWorker { tx, shared, handle }
    }

    pub fn send(&self, msg: Msg) {
        let _ = self.tx.send(msg);
    }

    /// The newest positions, if they changed since `seen`.
    pub fn positions_since(&self, seen: u64) -> Option<(u64, Vec<[f32; 2]>)> {
        let g = self.shared.generation.load(Ordering::Acquire);
        if g == seen {
            return None;
        }
        let pos = self.shared.positions.lock().ok()?.clone();
        Some((g, pos))
    }

    pub fn is_settled(&self) -> bool {
        self.shared.settled.load(Ordering::Acquire)
    }

    pub fn is_paused(&self) -> bool {
        self.shared.paused.load(Ordering::Acquire)
    }

    /// Milliseconds per tick, last measured.
    pub fn ms_per_tick(&self) -> f32 {
        self.shared.tick_us.load(Ordering::Relaxed) as f32 / 1000.0
    }
}

impl Drop for LayoutWorker {
    fn drop(&mut self) {
        // Closing the channel ends the thread.
        let (tx, _) = channel();
        drop(std::mem::replace(&mut self.tx, tx));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn run(mut sim: Simulation, rx: Receiver<Msg>, shared: Arc<Shared>, wake: impl Fn()) {
    let mut paused = false;
    let mut last_publish = Instant::now();
    loop {
        // Block while there is nothing to do; otherwise drain what came in.
        let idle = paused || sim.is_settled();
        let first = if idle {
            match rx.recv() {
                Ok(m) => Some(m),
                Err(_) => return,
            }
        } else {
            match rx.try_recv() {
                Ok(m) => Some(m),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => return,
            }
        };
        let mut changed = false;
        let mut msg = first;
        while let Some(m) = msg {
            match m {
                Msg::Pin(i, p) => {
                    if i < sim.len() {
                        sim.pinned[i] = true;
                        sim.pos[i] = p;
                        sim.reheat(0.1);
                        changed = true;
                    }
                }
                Msg::Unpin(i) => {
                    if i < sim.len() {
                        sim.pinned[i] = false;
                        sim.reheat(0.1);
                    }
                }
                Msg::SetActive(a) => {
                    if sim.set_active(a) {
                        sim.reheat(0.3);
                    }
                }
                Msg::Pause(p) => paused = p,
                Msg::Reheat(a) => sim.reheat(a),
                Msg::Replace(s) => {
                    sim = *s;
                    changed = true;
                }
            }
            msg = rx.try_recv().ok();
        }
        shared.paused.store(paused, Ordering::Release);
        if !paused && !sim.is_settled() {
            let t = Instant::now();
            sim.tick();
            shared.tick_us.store(t.elapsed().as_micros().min(u32::MAX as u128) as u32, Ordering::Relaxed);
            changed = true;
        }
        let settled = sim.is_settled();
        // Publish at most ~60 times a second, and always the final state.
        if changed && (settled || paused || last_publish.elapsed() >= Duration::from_millis(15)) {
            if let Ok(mut p) = shared.positions.lock() {
                p.clone_from(&sim.pos);
            }
            shared.generation.fetch_add(1, Ordering::AcqRel);
            last_publish = Instant::now();
            wake();
        }
        shared.settled.store(settled, Ordering::Release);
    }
}
