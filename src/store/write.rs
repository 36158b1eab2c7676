//! The write path: an article and everything extracted from it go in one transaction, so a
//! failure leaves nothing half-written; duplicates (same id, URL or normalised text) are skipped.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};

use super::{Store, StoreError};
use crate::dict::Dictionaries;
use crate::extract::Extraction;
use crate::extract::dates::Precision;
use crate::ingest::Document;

/// Why an article was not stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    /// The same external id.
    Id(String),
    /// The same URL.
    Url(String),
    /// The same text (after normalisation).
    Text(String),
}

/// A stored article to recode: what extraction needs, and its ids.
#[derive(Debug, Clone)]
pub struct StaleArticle {
    /// Row id.
    pub id: i64,
    /// External id.
    pub doc_id: String,
    /// The text.
    pub text: String,
    /// Publication date as stored.
    pub published: Option<String>,
}

/// What happened to an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteOutcome {
    /// Stored with this row id and doc_id.
    Inserted(i64, String),
    /// Already there: the doc_id of the stored copy and why.
    Skipped(Duplicate),
    /// The same text as the stored article with this doc_id, under an id of its own: not
    /// stored or coded again, its identity kept in `article_copies`.
    Copied(String),
}

/// The content hash used to spot the same text twice: FNV-1a (128-bit) of the text folded to
/// lower case with whitespace collapsed, as 32 hex digits.
pub fn content_hash(text: &str) -> String {
    let folded = crate::text::fold(text);
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    let prime: u128 = 0x0000000001000000000000000000013B;
    let mut space = false;
    for w in folded.split_whitespace() {
        if space {
            h ^= b' ' as u128;
            h = h.wrapping_mul(prime);
        }
        for b in w.bytes() {
            h ^= b as u128;
            h = h.wrapping_mul(prime);
        }
        space = true;
    }
    format!("{h:032x}")
}

/// ISO week (`2023-W25`) and month (`2023-06`) of a date at a precision.
pub fn week_and_month(
    date: Option<NaiveDate>,
    precision: &str,
) -> (Option<String>, Option<String>) {
    let Some(d) = date else { return (None, None) };
    let week = matches!(precision, "day" | "week").then(|| {
        let w = d.iso_week();
        format!("{}-W{:02}", w.year(), w.week())
    });
    let month = matches!(precision, "day" | "week" | "month")
        .then(|| format!("{}-{:02}", d.year(), d.month()));
    (week, month)
}

fn opt_date(d: Option<NaiveDate>, p: Precision) -> Option<String> {
    let d = d?;
    Some(match p {
        Precision::Unknown => return None,
        _ => d.format("%Y-%m-%d").to_string(),
    })
}

impl Store {
    /// Loads the dictionaries' issues, states, bodies and people into the reference tables
    /// (`issues`, `actors`, `actor_roles`), adding what is new and updating names.
    pub fn sync_reference(&mut self, d: &Dictionaries) -> Result<(), StoreError> {
        let path = self.path.display().to_string();
        let e = |e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        };
        let tx = self.conn.transaction().map_err(e)?;
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO issues (slug, name, context) VALUES (?1, ?2, ?3)
                     ON CONFLICT (slug) DO UPDATE SET name = excluded.name, context = excluded.context",
                )
                .map_err(e)?;
            for i in &d.issues {
                st.execute(params![i.slug, i.name, i.context]).map_err(e)?;
            }
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO actors (code, name, kind, country, sector) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                       country = excluded.country, sector = excluded.sector",
                )
                .map_err(e)?;
            for c in &d.countries {
                st.execute(params![c.code, c.name, "state", c.code, None::<String>])
                    .map_err(e)?;
            }
            let mut seen = std::collections::HashSet::new();
            for o in &d.organisations {
                if seen.insert(o.code.clone()) {
                    let sector = o
                        .country
                        .as_ref()
                        .filter(|c| o.code.len() == 6 && o.code.starts_with(c.as_str()))
                        .map(|_| o.code[3..].to_string());
                    st.execute(params![o.code, o.name, "organisation", o.country, sector])
                        .map_err(e)?;
                }
            }
            for p in &d.people {
                let code = person_code(&p.name);
                if seen.insert(code.clone()) {
                    st.execute(params![code, p.name, "person", p.country, None::<String>])
                        .map_err(e)?;
                }
            }
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO actor_roles (person, actor, role, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (person, role, start_date) DO UPDATE SET actor = excluded.actor, end_date = excluded.end_date",
                )
                .map_err(e)?;
            for p in &d.people {
                st.execute(params![
                    person_code(&p.name),
                    p.code,
                    p.role,
                    p.from.to_string(),
                    p.to.map(|t| t.to_string())
                ])
                .map_err(e)?;
            }
        }
        tx.commit().map_err(e)
    }

    /// Whether an article with this id, URL or content hash is already stored.
    pub fn find_duplicate(
        &self,
        doc_id: Option<&str>,
        url: Option<&str>,
        hash: &str,
    ) -> Result<Option<Duplicate>, StoreError> {
        if let Some(id) = doc_id {
            // (an id already kept as a copy of a stored article is that article's)
            let hit: Option<String> = self
                .conn
                .query_row(
                    "SELECT doc_id FROM articles WHERE doc_id = ?1
                     UNION ALL
                     SELECT a.doc_id FROM article_copies c JOIN articles a ON a.id = c.article_id
                      WHERE c.doc_id = ?1
                     LIMIT 1",
                    [id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(h) = hit {
                return Ok(Some(Duplicate::Id(h)));
            }
        }
        if let Some(u) = url {
            let hit: Option<String> = self
                .conn
                .query_row("SELECT doc_id FROM articles WHERE url = ?1", [u], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(h) = hit {
                return Ok(Some(Duplicate::Url(h)));
            }
        }
        let hit: Option<String> = self
            .conn
            .query_row(
                "SELECT doc_id FROM articles WHERE content_hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(hit.map(Duplicate::Text))
    }

    /// Opens a group of article writes: one outer transaction (taking the write lock now, so
    /// that a concurrent writer makes it wait here, within the busy timeout, rather than fail
    /// half way). Until [`Store::commit_group`], each [`Store::write_article`] is a savepoint
    /// inside it: still all or nothing for its article, but nothing is durable before the
    /// commit.
    pub fn begin_group(&mut self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.err(e))
    }

    /// Commits the group opened by [`Store::begin_group`].
    pub fn commit_group(&mut self) -> Result<(), StoreError> {
        self.conn.execute_batch("COMMIT").map_err(|e| self.err(e))
    }

    /// Rolls back the open group, if any (SQLite may have rolled it back already).
    pub fn rollback_group(&mut self) -> Result<(), StoreError> {
        if self.conn.is_autocommit() {
            return Ok(());
        }
        self.conn.execute_batch("ROLLBACK").map_err(|e| self.err(e))
    }

    /// Whether a group is open. SQLite rolls a transaction back by itself after some errors
    /// (disk full, I/O error, out of memory, `RAISE(ROLLBACK)` in a trigger): then this turns
    /// false and every write of the group since its start is gone.
    pub fn in_group(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// Writes an article and its extraction in one transaction. `doc_id` is the id to store
    /// (the caller makes one when the source has none). Inside a group (see
    /// [`Store::begin_group`]) the transaction is a savepoint: a failure rolls back this article
    /// only and leaves the group open.
    pub fn write_article(
        &mut self,
        doc: &Document,
        doc_id: &str,
        hash: &str,
        ex: &Extraction,
    ) -> Result<WriteOutcome, StoreError> {
        match self.find_duplicate(Some(doc_id), doc.url.as_deref(), hash)? {
            // the same text under an id of its own: a copy of the stored article
            Some(Duplicate::Text(original)) => {
                self.conn
                    .execute(
                        "INSERT INTO article_copies (article_id, doc_id, title, source, url, published,
                            origin, ingested_at)
                         SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                           FROM articles WHERE doc_id = ?1",
                        params![
                            original,
                            doc_id,
                            doc.title,
                            doc.source,
                            doc.url,
                            doc.published.date.map(|d| d.to_string()),
                            doc.origin,
                        ],
                    )
                    .map_err(|e| self.err(e))?;
                return Ok(WriteOutcome::Copied(original));
            }
            Some(d) => return Ok(WriteOutcome::Skipped(d)),
            None => {}
        }
        let path = self.path.display().to_string();
        // outside a transaction a savepoint is a transaction of its own (BEGIN … COMMIT); inside
        // one it nests; dropped without commit it rolls back to where it began
        let tx = self.conn.savepoint().map_err(|e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        })?;
        let id = insert_article(&tx, doc, doc_id, hash, ex).map_err(|e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        })?;
        insert_extraction(&tx, id, ex).map_err(|e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        })?;
        tx.commit()
            .map_err(|e| StoreError::Sqlite { path, source: e })?;
        Ok(WriteOutcome::Inserted(id, doc_id.to_string()))
    }

    /// Replaces the extraction of a stored article (after a dictionary or rule change): the old
    /// rows are deleted and the new ones written in one transaction. Inside a group (see
    /// [`Store::begin_group`]) the transaction is a savepoint: a failure rolls back this article
    /// only (it keeps its old extraction) and leaves the group open.
    pub fn replace_extraction(
        &mut self,
        article_id: i64,
        ex: &Extraction,
    ) -> Result<(), StoreError> {
        let path = self.path.display().to_string();
        let e = |e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        };
        // a transaction of its own outside a group, nested inside one
        let tx = self.conn.savepoint().map_err(e)?;
        // cached statements: preparing these compiled the aggregates' triggers into each of them
        // again for every article, about 40% of the CPU time of a recode
        for sql in [
            "DELETE FROM sentences WHERE article_id = ?1",
            "DELETE FROM mentions WHERE article_id = ?1",
            "DELETE FROM events WHERE article_id = ?1",
            "DELETE FROM article_issues WHERE article_id = ?1",
            "DELETE FROM tone_markers WHERE article_id = ?1",
            "DELETE FROM quotes WHERE article_id = ?1",
        ] {
            tx.prepare_cached(sql)
                .and_then(|mut st| st.execute([article_id]))
                .map_err(e)?;
        }
        tx.prepare_cached(
            "UPDATE articles SET word_count = ?2, sentence_count = ?3, coder_version = ?4, tone = ?5, positive = ?6,
               negative = ?7, polarity = ?8, marker_balance = ?9, marker_count = ?10, countries = ?11, contexts = ?12
             WHERE id = ?1",
        )
        .and_then(|mut st| {
            st.execute(params![
                article_id,
                ex.word_count,
                ex.sentences.len() as i64,
                ex.coder_version,
                ex.tone.tone,
                ex.tone.positive,
                ex.tone.negative,
                ex.tone.polarity,
                ex.marker_balance,
                ex.markers.len() as i64,
                ex.countries.join(";"),
                ex.contexts.join(";"),
            ])
        })
        .map_err(e)?;
        insert_extraction(&tx, article_id, ex).map_err(e)?;
        tx.commit().map_err(e)
    }

    /// Stored articles whose coder version differs from `version`, in id order.
    pub fn stale_articles(
        &self,
        version: &str,
        all: bool,
    ) -> Result<Vec<StaleArticle>, StoreError> {
        // every article, or those coded with another version ('' never equals a stored one)
        let other_than = if all { "" } else { version };
        self.rows(
            "SELECT id, doc_id, text, published FROM articles WHERE coder_version <> ?1 ORDER BY id",
            [other_than],
            |r| {
                Ok(StaleArticle {
                    id: r.get(0)?,
                    doc_id: r.get(1)?,
                    text: r.get(2)?,
                    published: r.get(3)?,
                })
            },
        )
    }
}

/// The actor code of a person in the `actors` table: `person:` and the name in lower case with
/// hyphens ("person:antony-blinken").
pub fn person_code(name: &str) -> String {
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("person:{slug}")
}

fn insert_article(
    tx: &Connection,
    doc: &Document,
    doc_id: &str,
    hash: &str,
    ex: &Extraction,
) -> rusqlite::Result<i64> {
    let (week, month) = week_and_month(doc.published.date, doc.published.precision);
    tx.execute(
        "INSERT INTO articles (doc_id, title, source, url, published, date_precision, iso_week, month, origin,
            ingested_at, text, content_hash, word_count, sentence_count, coder_version, countries, contexts,
            tone, positive, negative, polarity, marker_balance, marker_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?10, ?11, ?12, ?13,
            ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
        params![
            doc_id,
            doc.title,
            doc.source,
            doc.url,
            doc.published.date.map(|d| d.to_string()),
            doc.published.precision,
            week,
            month,
            doc.origin,
            doc.text,
            hash,
            ex.word_count,
            ex.sentences.len() as i64,
            ex.coder_version,
            ex.countries.join(";"),
            ex.contexts.join(";"),
            ex.tone.tone,
            ex.tone.positive,
            ex.tone.negative,
            ex.tone.polarity,
            ex.marker_balance,
            ex.markers.len() as i64,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn insert_extraction(tx: &Connection, id: i64, ex: &Extraction) -> rusqlite::Result<()> {
    let mut st = tx.prepare_cached("INSERT INTO sentences (article_id, idx, start_char, end_char, text) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, s) in ex.sentences.iter().enumerate() {
        st.execute(params![id, i as i64, s.start, s.end, s.text])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO actors (code, name, kind, country, sector) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (code) DO NOTHING",
    )?;
    for a in &ex.actors {
        st.execute(params![a.code, a.name, a.kind, a.country, a.sector])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO mentions (article_id, sentence_idx, actor, person, country, start_char, end_char, matched_text, locative)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for m in &ex.mentions {
        st.execute(params![
            id,
            m.sentence,
            m.actor,
            m.person,
            m.country,
            m.start,
            m.end,
            m.text,
            m.locative as i64
        ])?;
    }
    let mut ev_st = tx.prepare_cached(
        "INSERT INTO events (article_id, sentence_idx, source_actor, target_actor, source_country, target_country,
            cameo_code, root, quad_class, pentaclass, plover, goldstein, event_date, date_precision, date_phrase,
            date_basis, iso_week, month, modality, domestic, symmetric, evidence, start_char, end_char, trigger,
            pattern, confidence, mention_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
            ?22, ?23, ?24, ?25, ?26, ?27, ?28)",
    )?;
    let mut em_st = tx.prepare_cached(
        "INSERT OR IGNORE INTO event_mentions (event_id, sentence_idx, start_char, end_char, evidence) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut ei_st =
        tx.prepare_cached("INSERT OR IGNORE INTO event_issues (event_id, issue_id) SELECT ?1, id FROM issues WHERE slug = ?2")?;
    for e in &ex.events {
        let date = opt_date(e.date.date, e.date.precision);
        let (week, month) = week_and_month(e.date.date, e.date.precision.as_str());
        let first = &e.evidence[0];
        ev_st.execute(params![
            id,
            e.sentence,
            e.source_actor,
            e.target_actor,
            e.source_country,
            e.target_country,
            e.code,
            e.root,
            e.quad_class,
            e.pentaclass,
            e.plover,
            e.goldstein,
            date,
            e.date.precision.as_str(),
            e.date_phrase,
            e.date_basis.as_str(),
            week,
            month,
            e.modality.as_str(),
            e.domestic as i64,
            e.symmetric as i64,
            first.text,
            first.start,
            first.end,
            e.trigger,
            e.pattern,
            e.confidence,
            e.evidence.len() as i64,
        ])?;
        let eid = tx.last_insert_rowid();
        for ev in &e.evidence {
            em_st.execute(params![eid, ev.sentence, ev.start, ev.end, ev.text])?;
        }
        for slug in &e.issues {
            ei_st.execute(params![eid, slug])?;
        }
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO article_issues (article_id, issue_id, count, salience, first_phrase)
         SELECT ?1, id, ?3, ?4, ?5 FROM issues WHERE slug = ?2",
    )?;
    for i in &ex.issues {
        st.execute(params![id, i.slug, i.count, i.salience, i.first_phrase])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO tone_markers (article_id, sentence_idx, phrase, category, base_weight, weight, modifier,
            speaker_actor, speaker_country, start_char, end_char)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for m in &ex.markers {
        st.execute(params![
            id,
            m.sentence,
            m.phrase,
            m.category,
            m.base_weight,
            m.weight,
            m.modifier,
            m.speaker_actor,
            m.speaker_country,
            m.start,
            m.end
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO quotes (article_id, sentence_idx, kind, speaker_actor, speaker_country, speaker_text, text,
            start_char, end_char, quote_date, date_precision)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for q in &ex.quotes {
        st.execute(params![
            id,
            q.sentence,
            q.kind,
            q.speaker_actor,
            q.speaker_country,
            q.speaker_text,
            q.text,
            q.start,
            q.end,
            opt_date(q.date.date, q.date.precision),
            q.date.precision.as_str()
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_ignores_case_spacing_and_quote_style() {
        assert_eq!(
            content_hash("Xi met  Blinken’s team.\n"),
            content_hash("xi met blinken's team.")
        );
        assert_ne!(
            content_hash("Xi met Blinken."),
            content_hash("Xi met Biden.")
        );
    }

    #[test]
    fn weeks_and_months_follow_precision() {
        let d = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        assert_eq!(
            week_and_month(Some(d), "day"),
            (Some("2022-W52".into()), Some("2023-01".into()))
        );
        assert_eq!(
            week_and_month(Some(d), "month"),
            (None, Some("2023-01".into()))
        );
        assert_eq!(week_and_month(Some(d), "year"), (None, None));
    }
}
