//! The SQL behind `tension export`: one query per table, columns as documented in
//! docs/exports.md. The scorer's contract (FORMAT.md) depends on some of these names.

/// The tables `export` can write.
pub const EXPORTS: &[&str] = &[
    "events",
    "articles",
    "issues",
    "tone-markers",
    "actors",
    "quotes",
];

/// The query of an export.
pub fn export_sql(kind: &str) -> Option<&'static str> {
    Some(match kind {
        // (an article's copies, the same text under ids of their own, list its rows again under
        // their ids, with `copy_of` naming the stored article)
        "events" => {
            "SELECT e.id AS event_id, d.doc_id, e.sentence_idx, e.event_date, e.date_precision, e.date_basis,
                    e.date_phrase, e.iso_week, e.month, e.source_actor, e.source_country, e.target_actor,
                    e.target_country, e.cameo_code, e.root, e.quad_class, e.pentaclass, e.plover, e.goldstein,
                    e.modality, e.domestic, e.symmetric, e.confidence, e.mention_count,
                    (SELECT group_concat(i.slug, ';') FROM event_issues ei JOIN issues i ON i.id = ei.issue_id
                      WHERE ei.event_id = e.id) AS issues,
                    e.trigger, e.evidence, e.start_char AS evidence_start, e.end_char AS evidence_end,
                    d.copy_of
             FROM (SELECT a.id AS article_id, a.doc_id, NULL AS copy_of FROM articles a
                   UNION ALL
                   SELECT c.article_id, c.doc_id, a.doc_id FROM article_copies c
                     JOIN articles a ON a.id = c.article_id) d
             JOIN events e ON e.article_id = d.article_id
             ORDER BY d.article_id, d.copy_of IS NOT NULL, d.doc_id, e.id"
        }
        "articles" => {
            "SELECT d.doc_id, a.published, a.date_precision, a.iso_week, a.month, d.title, d.source, d.url,
                    a.countries, a.contexts,
                    (SELECT group_concat(slug, ';') FROM (SELECT i.slug FROM article_issues ai
                       JOIN issues i ON i.id = ai.issue_id WHERE ai.article_id = a.id ORDER BY ai.count DESC, i.slug)) AS issues,
                    a.tone, a.positive, a.negative, a.polarity, a.marker_balance, a.marker_count, a.word_count,
                    a.sentence_count,
                    (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS event_count,
                    a.coder_version, d.origin, d.ingested_at, d.copy_of
             FROM (SELECT a.id AS article_id, a.doc_id, a.title, a.source, a.url, a.origin, a.ingested_at,
                          NULL AS copy_of FROM articles a
                   UNION ALL
                   SELECT c.article_id, c.doc_id, c.title, c.source, c.url, c.origin, c.ingested_at,
                          a.doc_id FROM article_copies c JOIN articles a ON a.id = c.article_id) d
             JOIN articles a ON a.id = d.article_id
             ORDER BY a.id, d.copy_of IS NOT NULL, d.doc_id"
        }
        "issues" => {
            "SELECT i.slug, i.name, i.context,
                    (SELECT count(*) FROM article_issues ai WHERE ai.issue_id = i.id) AS articles,
                    (SELECT count(*) FROM event_issues ei WHERE ei.issue_id = i.id) AS events
             FROM issues i ORDER BY i.slug"
        }
        "tone-markers" => {
            "SELECT a.doc_id, t.sentence_idx, t.phrase, t.category, t.base_weight, t.weight, t.modifier,
                    t.speaker_actor, t.speaker_country, t.start_char, t.end_char, s.text AS sentence
             FROM tone_markers t JOIN articles a ON a.id = t.article_id
             LEFT JOIN sentences s ON s.article_id = t.article_id AND s.idx = t.sentence_idx
             ORDER BY t.article_id, t.start_char"
        }
        "actors" => {
            "SELECT ac.code, ac.name, ac.kind, ac.country, ac.sector,
                    (SELECT count(*) FROM mentions m WHERE m.actor = ac.code) AS mentions,
                    (SELECT count(*) FROM events e WHERE e.source_actor = ac.code) AS events_as_source,
                    (SELECT count(*) FROM events e WHERE e.target_actor = ac.code) AS events_as_target
             FROM actors ac ORDER BY ac.kind, ac.code"
        }
        "quotes" => {
            "SELECT a.doc_id, q.sentence_idx, q.kind, q.speaker_actor, q.speaker_country, q.speaker_text,
                    q.quote_date, q.date_precision, q.text, q.start_char, q.end_char
             FROM quotes q JOIN articles a ON a.id = q.article_id
             ORDER BY q.article_id, q.start_char"
        }
        _ => return None,
    })
}
