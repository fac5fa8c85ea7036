use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = linkchart::cli::Cli::parse();
    if let Some(code) = linkchart::cli::run(&cli) {
        return code;
    }
    open_window(&cli)
}

#[cfg(feature = "gui")]
fn open_window(cli: &linkchart::cli::Cli) -> ExitCode {
    match linkchart::app::run(cli.path.clone()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("linkchart: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: &linkchart::cli::Cli) -> ExitCode {
    eprintln!("linkchart: built without the `gui` feature; use a subcommand (see --help)");
    ExitCode::FAILURE
}
