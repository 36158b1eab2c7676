//! `tension report`: trends, pairs, issues, events, actors.

use super::Context;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The tension index of a pair of states over time.
    Trend,
}

pub fn run(_ctx: &Context, _c: Command) -> anyhow::Result<u8> {
    anyhow::bail!("reports are being built")
}
