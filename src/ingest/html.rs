//! HTML pages: the readable article is taken out of the page (navigation, adverts and
//! comments left behind) with `dom_smoothie` in formatted-text mode, so paragraphs stay on
//! their own lines. Title, date and URL come from the page's metadata where it has them.

use dom_smoothie::{Config, Readability, TextMode};

use super::{Document, InputError, PubDate, parse_published};

/// Parses an HTML page into one document.
pub fn parse(html: &str, origin: &str) -> Result<Document, InputError> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let err = |m: String| InputError {
        origin: origin.to_string(),
        message: m,
    };
    let mut r = Readability::new(html, None, Some(cfg))
        .map_err(|e| err(format!("cannot read the HTML: {e}")))?;
    let (title, text, published, url) = match r.parse() {
        Ok(a) => (
            a.title.clone(),
            a.text_content.to_string(),
            a.published_time.clone(),
            a.url.clone(),
        ),
        Err(_) => {
            // not an article page by readability's measure: fall back to all the text
            (String::new(), strip_tags(html), None, None)
        }
    };
    let text = tidy(&text);
    if text.is_empty() {
        return Err(err("the page has no readable text".to_string()));
    }
    let published = published
        .and_then(|p| parse_published(&p).ok())
        .unwrap_or(PubDate::UNKNOWN);
    Ok(Document {
        doc_id: None,
        title: Some(title.trim().to_string()).filter(|t| !t.is_empty()),
        source: None,
        url,
        published,
        text,
        origin: origin.to_string(),
    })
}

/// Collapses runs of spaces and drops blank lines: one paragraph a line.
fn tidy(s: &str) -> String {
    let mut out = Vec::new();
    for line in s.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if l.is_empty() {
            continue;
        }
        out.push(l);
    }
    out.join("\n")
}

/// Text of an HTML fragment (feed summaries): tags dropped, block tags as line breaks, the
/// common entities decoded.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            out.push_str(&decode_entities(&rest[..lt]));
        }
        let after = &rest[lt..];
        let gt = after.find('>').map_or(after.len(), |g| g + 1);
        let tag = after[..gt].to_lowercase();
        if let Some(end) = skip_until {
            if tag.starts_with(end) {
                skip_until = None;
            }
        } else if tag.starts_with("<script") {
            skip_until = Some("</script");
        } else if tag.starts_with("<style") {
            skip_until = Some("</style");
        } else if [
            "<p", "</p", "<br", "<div", "</div", "<li", "<h1", "<h2", "<h3", "</h", "<tr",
        ]
        .iter()
        .any(|b| tag.starts_with(b))
        {
            out.push('\n');
        }
        rest = &after[gt..];
    }
    if skip_until.is_none() {
        out.push_str(&decode_entities(rest));
    }
    tidy(&out)
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(a) = rest.find('&') {
        out.push_str(&rest[..a]);
        let tail = &rest[a..];
        let Some(semi) = tail[..tail.len().min(10)].find(';') else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let ent = &tail[1..semi];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "#39" => Some('\''),
            "nbsp" => Some(' '),
            "rsquo" => Some('\u{2019}'),
            "lsquo" => Some('\u{2018}'),
            "rdquo" => Some('\u{201D}'),
            "ldquo" => Some('\u{201C}'),
            "mdash" => Some('\u{2014}'),
            "ndash" => Some('\u{2013}'),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_decodes_entities() {
        let t = strip_tags("<p>China &amp; the US</p><script>x()</script><p>Talks&#8217; end</p>");
        assert_eq!(t, "China & the US\nTalks\u{2019} end");
    }

    #[test]
    fn reads_an_article_page() {
        let body = "<p>President Xi Jinping hosted Antony Blinken for talks in Beijing on Monday, capping two days of high-level talks by the US secretary of state with Chinese officials.</p>".repeat(6);
        let html = format!(
            "<html><head><title>Xi hosts Blinken</title><meta property=\"article:published_time\" content=\"2023-06-19T10:00:00Z\"></head><body><nav>Home | World</nav><article><h1>Xi hosts Blinken</h1>{body}</article></body></html>"
        );
        let d = parse(&html, "page.html").unwrap();
        assert!(d.text.contains("hosted Antony Blinken"));
        assert!(!d.text.contains("Home | World"));
        assert_eq!(d.title.as_deref(), Some("Xi hosts Blinken"));
        assert_eq!(
            d.published.date.map(|d| d.to_string()).as_deref(),
            Some("2023-06-19")
        );
    }
}
