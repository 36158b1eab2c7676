//! The trend chart: the tension index of a pair over time as an SVG (plotters, SVG backend),
//! with the neutral line at 50, the rolling mean, and spikes and thaws marked.

use std::path::Path;

use plotters::prelude::*;

use super::trend::{Flag, TrendReport};

const INDEX: RGBColor = RGBColor(31, 78, 121);
const ROLLING: RGBColor = RGBColor(150, 150, 150);
const SPIKE: RGBColor = RGBColor(200, 30, 30);
const THAW: RGBColor = RGBColor(30, 130, 60);

/// Draws the trend into an SVG file (parent folders are created).
pub fn draw(rep: &TrendReport, path: &Path) -> anyhow::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let svg = render(rep)?;
    std::fs::write(path, svg)?;
    Ok(())
}

/// Renders the trend as SVG text.
pub fn render(rep: &TrendReport) -> anyhow::Result<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (960, 480)).into_drawing_area();
        root.fill(&WHITE).map_err(plot_err)?;
        let n = rep.rows.len().max(1);
        let title = format!(
            "Tension index {} ({})",
            rep.pair.label(),
            rep.by.adjective()
        );
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(48)
            .y_label_area_size(44)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0f64..104f64)
            .map_err(plot_err)?;
        let keys: Vec<String> = rep.rows.iter().map(|r| r.period.clone()).collect();
        let label_every = n.div_ceil(12).max(1);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .y_labels(11)
            .x_labels(n.min(24))
            .x_label_formatter(&|x| {
                let i = x.round();
                if (x - i).abs() > 1e-6 || i < 0.0 {
                    return String::new();
                }
                let i = i as usize;
                if i.is_multiple_of(label_every) {
                    keys.get(i).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .y_desc("index (50 = neutral)")
            .draw()
            .map_err(plot_err)?;
        chart
            .draw_series(LineSeries::new(
                [(-0.5, 50.0), (n as f64 - 0.5, 50.0)],
                BLACK.mix(0.3),
            ))
            .map_err(plot_err)?;
        let rolling: Vec<(f64, f64)> = rep
            .rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.stats.rolling_mean.map(|v| (i as f64, v)))
            .collect();
        chart
            .draw_series(LineSeries::new(rolling, ROLLING.stroke_width(1)))
            .map_err(plot_err)?
            .label("rolling mean")
            .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], ROLLING));
        // the index, broken at periods without evidence
        let mut segments: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for (i, r) in rep.rows.iter().enumerate() {
            match r.reading.index {
                Some(v) => segments.last_mut().expect("one").push((i as f64, v)),
                None => segments.push(Vec::new()),
            }
        }
        let mut first = true;
        for seg in segments.into_iter().filter(|s| !s.is_empty()) {
            let pts = seg.clone();
            let s = chart
                .draw_series(LineSeries::new(seg, INDEX.stroke_width(2)))
                .map_err(plot_err)?;
            if first {
                s.label("tension index")
                    .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], INDEX));
                first = false;
            }
            chart
                .draw_series(pts.into_iter().map(|p| Circle::new(p, 3, INDEX.filled())))
                .map_err(plot_err)?;
        }
        for (flag, colour, name) in [(Flag::Spike, SPIKE, "spike"), (Flag::Thaw, THAW, "thaw")] {
            let pts: Vec<(f64, f64)> = rep
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| r.stats.flag == Some(flag))
                .filter_map(|(i, r)| r.reading.index.map(|v| (i as f64, v)))
                .collect();
            if pts.is_empty() {
                continue;
            }
            chart
                .draw_series(
                    pts.into_iter()
                        .map(|p| Circle::new(p, 7, colour.stroke_width(3))),
                )
                .map_err(plot_err)?
                .label(name)
                .legend(move |(x, y)| Circle::new((x + 8, y), 5, colour.stroke_width(2)));
        }
        if rep.is_empty() {
            root.draw(&Text::new(
                "no data for this pair and period",
                (380, 240),
                ("sans-serif", 18).into_font().color(&BLACK.mix(0.6)),
            ))
            .map_err(plot_err)?;
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK.mix(0.3))
            .position(SeriesLabelPosition::LowerRight)
            .draw()
            .map_err(plot_err)?;
        root.present().map_err(plot_err)?;
    }
    Ok(out)
}

fn plot_err<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow::anyhow!("drawing the chart: {e:?}")
}
