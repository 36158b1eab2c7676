//! RSS and Atom feeds: one document per entry, its text from the entry's content or summary.

use super::html::strip_tags;
use super::{DocStream, Document, InputError, PubDate};

/// Parses a feed.
pub fn parse(xml: &str, origin: &str) -> DocStream {
    let feed = match feed_rs::parser::parse(xml.as_bytes()) {
        Ok(f) => f,
        Err(e) => {
            let err = InputError {
                origin: origin.to_string(),
                message: format!("not an RSS or Atom feed: {e}"),
            };
            return Box::new(std::iter::once(Err(err)));
        }
    };
    let source = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|s| !s.is_empty());
    let origin = origin.to_string();
    let docs: Vec<Result<Document, InputError>> = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let o = format!("{origin}:entry {}", i + 1);
            let body = e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let text = strip_tags(&body);
            if text.trim().is_empty() {
                return Err(InputError {
                    origin: o,
                    message: "the entry has no text".to_string(),
                });
            }
            let date = e.published.or(e.updated).map(|d| d.date_naive());
            Ok(Document {
                doc_id: Some(e.id.clone()).filter(|s| !s.is_empty()),
                title: e.title.as_ref().map(|t| strip_tags(&t.content)),
                source: source.clone(),
                url: e.links.first().map(|l| l.href.clone()),
                published: date.map_or(PubDate::UNKNOWN, PubDate::day),
                text,
                origin: o,
            })
        })
        .collect();
    Box::new(docs.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rss_entries() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Demo Wire</title>
<item><guid>w-1</guid><title>Talks</title><link>https://example.org/1</link><pubDate>Mon, 19 Jun 2023 08:30:00 +0000</pubDate><description>&lt;p&gt;Xi met Blinken.&lt;/p&gt;</description></item>
<item><guid>w-2</guid><title>Empty</title><description></description></item>
</channel></rss>"#;
        let v: Vec<_> = parse(xml, "f.rss").collect();
        let d = v[0].as_ref().unwrap();
        assert_eq!(d.text, "Xi met Blinken.");
        assert_eq!(d.source.as_deref(), Some("Demo Wire"));
        assert_eq!(d.url.as_deref(), Some("https://example.org/1"));
        assert_eq!(d.published.date.unwrap().to_string(), "2023-06-19");
        assert!(v[1].is_err());
    }
}
