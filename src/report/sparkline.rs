//! Sparklines: a series drawn with the eight block characters ▁▂▃▄▅▆▇█, a space for a gap.

const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Draws `values` on the scale `lo`…`hi` (values outside are clamped; a gap is a space). When
/// the scale is empty (lo == hi) every value is drawn at mid height.
pub fn sparkline(values: &[Option<f64>], lo: f64, hi: f64) -> String {
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(v) if !v.is_finite() => ' ',
            Some(v) => {
                if hi <= lo {
                    return BLOCKS[3];
                }
                let t = ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
                BLOCKS[((t * 8.0) as usize).min(7)]
            }
        })
        .collect()
}

/// The smallest and largest value of several series (for one scale per table).
pub fn range<'a>(series: impl IntoIterator<Item = &'a [Option<f64>]>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for s in series {
        for v in s.iter().flatten() {
            lo = lo.min(*v);
            hi = hi.max(*v);
        }
    }
    if lo > hi { (0.0, 100.0) } else { (lo, hi) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_of_the_scale_are_the_lowest_and_highest_blocks() {
        let s = sparkline(
            &[Some(0.0), Some(50.0), Some(100.0), None, Some(120.0)],
            0.0,
            100.0,
        );
        assert_eq!(s, "▁▅█ █");
    }

    #[test]
    fn a_rising_series_never_draws_a_lower_block() {
        let v: Vec<Option<f64>> = (0..40).map(|i| Some(i as f64 * 2.5)).collect();
        let s: Vec<char> = sparkline(&v, 0.0, 97.5).chars().collect();
        assert!(
            s.windows(2).all(|w| BLOCKS.iter().position(|b| *b == w[0])
                <= BLOCKS.iter().position(|b| *b == w[1]))
        );
        assert_eq!(s.first(), Some(&'▁'));
        assert_eq!(s.last(), Some(&'█'));
    }

    #[test]
    fn flat_series_and_empty_scales_do_not_panic() {
        assert_eq!(sparkline(&[Some(3.0), Some(3.0)], 3.0, 3.0), "▄▄");
        assert_eq!(range([&[None, None][..]]), (0.0, 100.0));
        assert_eq!(
            range([&[Some(4.0)][..], &[Some(-1.0), None][..]]),
            (-1.0, 4.0)
        );
    }
}
