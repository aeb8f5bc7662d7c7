-- Transparency dataset schema. Source of truth for table shapes; the builder loads one CSV per table
-- (data/<table>.csv) into these STRICT tables. Ids are stable kebab-case slugs, never row numbers.
-- Dates are ISO 8601 text at their stated precision: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
-- Every *_es column holds the Spanish text of the column before it (may be empty until translated).
-- A GENERATED column (events.sort_date, rulings.sort_date) is computed by SQLite from the row: no CSV has it.

-- One row: the dataset's identity, version and coverage. Filled from data/dataset.csv.
CREATE TABLE dataset (
    id TEXT PRIMARY KEY CHECK (id = 'transparency'),
    version TEXT NOT NULL CHECK (version GLOB '[0-9]*.[0-9]*.[0-9]*'),
    title TEXT NOT NULL,
    title_es TEXT,
    description TEXT NOT NULL,
    description_es TEXT,
    coverage_end TEXT NOT NULL CHECK (coverage_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    as_of TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    checked_note TEXT NOT NULL,
    checked_note_es TEXT,
    license TEXT NOT NULL,
    license_url TEXT NOT NULL CHECK (license_url LIKE 'https://%'),
    publisher TEXT NOT NULL
) STRICT;

-- Every public page a fact is sourced to: one row per URL. Its tier says what the page is, best first:
-- the primary document itself, an official record or statement, original reporting at the outlet's own
-- address, a republication (a copy of another outlet's article, which must be named), an aggregator.
CREATE TABLE sources (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    label TEXT NOT NULL,
    publisher TEXT NOT NULL,
    original_outlet TEXT,
    original_url TEXT CHECK (original_url IS NULL OR original_url LIKE 'http%://%'),
    url TEXT NOT NULL UNIQUE CHECK (url LIKE 'http%://%'),
    kind TEXT NOT NULL CHECK (kind IN ('news', 'court-record', 'government', 'congress', 'advocacy', 'legal-analysis', 'transcript', 'aggregator', 'blog')),
    tier TEXT NOT NULL CHECK (tier IN ('primary-document', 'official-record', 'original-reporting', 'republication', 'aggregator')),
    tier_rank INTEGER GENERATED ALWAYS AS (CASE tier WHEN 'primary-document' THEN 1 WHEN 'official-record' THEN 2 WHEN 'original-reporting' THEN 3 WHEN 'republication' THEN 4 ELSE 5 END) VIRTUAL,
    published_on TEXT,
    published_precision TEXT CHECK (published_precision IS NULL OR published_precision IN ('day', 'month', 'year')),
    note TEXT,
    note_es TEXT,
    CHECK (tier <> 'republication' OR original_outlet IS NOT NULL),
    CHECK (original_url IS NULL OR original_outlet IS NOT NULL),
    CHECK ((published_on IS NULL) = (published_precision IS NULL)),
    CHECK (published_on GLOB CASE published_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- Government bodies and other organisations that request, hold or disclose data.
CREATE TABLE agencies (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    abbreviation TEXT NOT NULL,
    name TEXT NOT NULL,
    name_es TEXT,
    parent_id TEXT REFERENCES agencies(id)
) STRICT;

-- Lawsuits. Context cases (not about IRS data) are flagged and kept apart from the IRS-ICE figures.
CREATE TABLE cases (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    court TEXT NOT NULL,
    court_es TEXT,
    judges TEXT NOT NULL,
    judges_es TEXT,
    plaintiffs TEXT NOT NULL,
    plaintiffs_es TEXT,
    defendants TEXT NOT NULL,
    defendants_es TEXT,
    counsel TEXT,
    counsel_es TEXT,
    filed_on TEXT NOT NULL,
    filed_precision TEXT NOT NULL CHECK (filed_precision IN ('day', 'month', 'year')),
    filed_on_alt TEXT,
    filed_alt_precision TEXT CHECK (filed_alt_precision IS NULL OR filed_alt_precision IN ('day', 'month', 'year')),
    filed_note TEXT,
    filed_note_es TEXT,
    status TEXT NOT NULL CHECK (status IN ('relief-granted', 'relief-denied', 'appeal-pending', 'partly-lifted', 'closed', 'unknown')),
    status_summary TEXT NOT NULL,
    status_summary_es TEXT,
    summary TEXT NOT NULL,
    summary_es TEXT,
    is_context INTEGER NOT NULL CHECK (is_context IN (0, 1)),
    basis TEXT NOT NULL CHECK (basis IN ('court-record', 'official-record', 'reporting', 'aggregator-only')),
    checked_on TEXT NOT NULL CHECK (checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    pending TEXT,
    pending_es TEXT,
    sort_order INTEGER NOT NULL,
    CHECK ((filed_on_alt IS NULL) = (filed_alt_precision IS NULL)),
    CHECK (filed_on GLOB CASE filed_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END),
    CHECK (filed_on_alt GLOB CASE filed_alt_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- Docket numbers, one row per case per court, with the court's id on CourtListener so a reader gets a
-- docket search in one click (a search link, never a guessed document URL).
CREATE TABLE dockets (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    case_id TEXT NOT NULL REFERENCES cases(id),
    court TEXT NOT NULL,
    court_es TEXT,
    courtlistener_court TEXT NOT NULL CHECK (courtlistener_court GLOB '[a-z]*' AND courtlistener_court NOT GLOB '*[^a-z0-9]*'),
    number TEXT NOT NULL CHECK (number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9a-z:-]*'),
    source_id TEXT NOT NULL REFERENCES sources(id),
    record_source_id TEXT REFERENCES sources(id),
    sort_order INTEGER NOT NULL,
    UNIQUE (courtlistener_court, number)
) STRICT;

-- Court decisions (orders, opinions, injunctions). Filings, hearings and arguments are events.
CREATE TABLE rulings (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    case_id TEXT NOT NULL REFERENCES cases(id),
    decided_on TEXT NOT NULL,
    decided_precision TEXT NOT NULL CHECK (decided_precision IN ('day', 'month', 'year')),
    decided_on_alt TEXT,
    decided_alt_precision TEXT CHECK (decided_alt_precision IS NULL OR decided_alt_precision IN ('day', 'month', 'year')),
    date_note TEXT,
    date_note_es TEXT,
    court TEXT NOT NULL,
    court_es TEXT,
    judges TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('tro', 'preliminary-injunction', 'stay-and-preliminary-injunction', 'order', 'indicative-ruling', 'memorandum-opinion', 'appeal-opinion', 'modification')),
    outcome TEXT NOT NULL CHECK (outcome IN ('granted', 'granted-in-part', 'denied', 'affirmed', 'partly-lifted', 'ordered', 'indicated')),
    pages INTEGER CHECK (pages IS NULL OR pages > 0),
    title TEXT NOT NULL,
    title_es TEXT,
    summary TEXT NOT NULL,
    summary_es TEXT,
    quote TEXT,
    quote_source_id TEXT REFERENCES sources(id),
    basis TEXT NOT NULL CHECK (basis IN ('court-record', 'official-record', 'reporting', 'aggregator-only')),
    effect TEXT NOT NULL CHECK (effect IN ('allowed', 'blocked', 'found-unlawful', 'procedural')),
    sort_date TEXT GENERATED ALWAYS AS (CASE decided_precision WHEN 'month' THEN decided_on || '-15' WHEN 'year' THEN decided_on || '-07-01' ELSE decided_on END) VIRTUAL,
    CHECK ((decided_on_alt IS NULL) = (decided_alt_precision IS NULL)),
    CHECK ((quote IS NULL) = (quote_source_id IS NULL)),
    CHECK (decided_on GLOB CASE decided_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END),
    CHECK (decided_on_alt GLOB CASE decided_alt_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- Timeline events (fact-base section 1). Context items are flagged, never mixed into IRS-ICE totals.
CREATE TABLE events (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    occurred_on TEXT NOT NULL,
    precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    occurred_on_alt TEXT,
    alt_precision TEXT CHECK (alt_precision IS NULL OR alt_precision IN ('day', 'month', 'year')),
    date_derived INTEGER NOT NULL CHECK (date_derived IN (0, 1)),
    date_note TEXT,
    date_note_es TEXT,
    title TEXT NOT NULL,
    title_es TEXT,
    summary TEXT NOT NULL,
    summary_es TEXT,
    category TEXT NOT NULL CHECK (category IN ('filing', 'hearing', 'request', 'statement', 'disclosure', 'court-ruling', 'policy', 'agreement', 'oversight', 'correction', 'testimony')),
    case_id TEXT REFERENCES cases(id),
    ruling_id TEXT REFERENCES rulings(id),
    actors TEXT NOT NULL,
    actors_es TEXT,
    is_context INTEGER NOT NULL CHECK (is_context IN (0, 1)),
    basis TEXT NOT NULL CHECK (basis IN ('court-record', 'official-record', 'reporting', 'aggregator-only')),
    caveat TEXT,
    caveat_es TEXT,
    sort_date TEXT GENERATED ALWAYS AS (CASE precision WHEN 'month' THEN occurred_on || '-15' WHEN 'year' THEN occurred_on || '-07-01' ELSE occurred_on END) VIRTUAL,
    CHECK ((occurred_on_alt IS NULL) = (alt_precision IS NULL)),
    CHECK (occurred_on GLOB CASE precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END),
    CHECK (occurred_on_alt GLOB CASE alt_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- The primary documents the facts rest on: court opinions, orders, declarations, transcripts, briefs,
-- reports and agreements. source_id is the source that links the document (or the court's record of it);
-- empty means referenced, not stored: the sources describe it but no copy could be found.
CREATE TABLE documents (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    kind TEXT NOT NULL CHECK (kind IN ('opinion', 'order', 'declaration', 'transcript', 'brief', 'complaint', 'report', 'agreement')),
    title TEXT NOT NULL,
    title_es TEXT,
    case_id TEXT REFERENCES cases(id),
    docket_id TEXT REFERENCES dockets(id),
    dated_on TEXT,
    dated_precision TEXT CHECK (dated_precision IS NULL OR dated_precision IN ('day', 'month', 'year')),
    pages INTEGER CHECK (pages IS NULL OR pages > 0),
    reference TEXT,
    reference_source_id TEXT REFERENCES sources(id),
    source_id TEXT REFERENCES sources(id),
    ruling_id TEXT REFERENCES rulings(id),
    event_id TEXT REFERENCES events(id),
    note TEXT,
    note_es TEXT,
    sort_order INTEGER NOT NULL,
    CHECK ((dated_on IS NULL) = (dated_precision IS NULL)),
    CHECK ((reference IS NULL) = (reference_source_id IS NULL)),
    CHECK (docket_id IS NULL OR case_id IS NOT NULL),
    CHECK (dated_on GLOB CASE dated_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- A metric (what is counted). Its reported values live in figure_values.
CREATE TABLE figures (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    title TEXT NOT NULL,
    title_es TEXT,
    definition TEXT NOT NULL,
    definition_es TEXT,
    unit TEXT NOT NULL,
    unit_es TEXT,
    headline_rank INTEGER UNIQUE CHECK (headline_rank IS NULL OR headline_rank > 0),
    is_context INTEGER NOT NULL CHECK (is_context IN (0, 1)),
    note TEXT,
    note_es TEXT,
    sort_order INTEGER NOT NULL
) STRICT;

-- Every value reported for a figure, with who said it, when, and what it counts. Exactly one per
-- figure is preferred (the rule is in data/README.md).
CREATE TABLE figure_values (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    figure_id TEXT NOT NULL REFERENCES figures(id),
    value REAL CHECK (value IS NULL OR value >= 0),
    value_text TEXT NOT NULL,
    value_text_es TEXT,
    qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'about', 'more-than', 'less-than', 'nearly', 'at-most', 'derived')),
    as_of TEXT,
    as_of_precision TEXT CHECK (as_of_precision IS NULL OR as_of_precision IN ('day', 'month', 'year')),
    stated_by TEXT NOT NULL,
    stated_by_es TEXT,
    counts_what TEXT NOT NULL,
    counts_what_es TEXT,
    is_preferred INTEGER NOT NULL CHECK (is_preferred IN (0, 1)),
    basis TEXT NOT NULL CHECK (basis IN ('court-record', 'official-record', 'reporting', 'aggregator-only')),
    note TEXT,
    note_es TEXT,
    sort_order INTEGER NOT NULL,
    CHECK ((as_of IS NULL) = (as_of_precision IS NULL)),
    CHECK (as_of GLOB CASE as_of_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- A request for taxpayer data from one agency to another, and what came of it. Counts are not
-- repeated here: they point at figures, whose values carry their own sources.
CREATE TABLE request_batches (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    label TEXT NOT NULL,
    label_es TEXT,
    requester_id TEXT NOT NULL REFERENCES agencies(id),
    recipient_id TEXT NOT NULL REFERENCES agencies(id),
    requested_on TEXT NOT NULL,
    requested_precision TEXT NOT NULL CHECK (requested_precision IN ('day', 'month', 'year')),
    requested_on_alt TEXT,
    requested_alt_precision TEXT CHECK (requested_alt_precision IS NULL OR requested_alt_precision IN ('day', 'month', 'year')),
    date_note TEXT,
    date_note_es TEXT,
    requested_figure_id TEXT NOT NULL REFERENCES figures(id),
    disclosed_figure_id TEXT REFERENCES figures(id),
    disclosed_on TEXT,
    disclosed_precision TEXT CHECK (disclosed_precision IS NULL OR disclosed_precision IN ('day', 'month', 'year')),
    outcome TEXT NOT NULL CHECK (outcome IN ('declined', 'rejected', 'partly-fulfilled', 'disputed')),
    outcome_summary TEXT NOT NULL,
    outcome_summary_es TEXT,
    basis TEXT NOT NULL CHECK (basis IN ('court-record', 'official-record', 'reporting', 'aggregator-only')),
    sort_order INTEGER NOT NULL,
    CHECK ((requested_on_alt IS NULL) = (requested_alt_precision IS NULL)),
    CHECK ((disclosed_on IS NULL) = (disclosed_precision IS NULL)),
    CHECK (requested_on GLOB CASE requested_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END),
    CHECK (requested_on_alt GLOB CASE requested_alt_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END),
    CHECK (disclosed_on GLOB CASE disclosed_precision WHEN 'day' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' WHEN 'month' THEN '[0-9][0-9][0-9][0-9]-[0-1][0-9]' ELSE '[0-9][0-9][0-9][0-9]' END)
) STRICT;

-- Which figures an event or a ruling mentions (drives "mentioned in" on /figures/{id}).
CREATE TABLE figure_mentions (
    figure_id TEXT NOT NULL REFERENCES figures(id),
    event_id TEXT REFERENCES events(id),
    ruling_id TEXT REFERENCES rulings(id),
    CHECK ((event_id IS NULL) + (ruling_id IS NULL) = 1),
    UNIQUE (figure_id, event_id, ruling_id)
) STRICT;

-- Plain definitions of the legal and technical words the pages use, each resting on the source named on
-- its row (not on citations: a definition is not a fact of the story). /glossary lists them and a page's
-- first use of a term or alias links to its entry.
CREATE TABLE glossary (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    term TEXT NOT NULL UNIQUE,
    term_es TEXT,
    aliases TEXT CHECK (aliases IS NULL OR (aliases NOT LIKE '%||%' AND aliases NOT LIKE '|%' AND aliases NOT LIKE '%|')),
    aliases_es TEXT CHECK (aliases_es IS NULL OR (aliases_es NOT LIKE '%||%' AND aliases_es NOT LIKE '|%' AND aliases_es NOT LIKE '%|')),
    definition TEXT NOT NULL,
    definition_es TEXT,
    source_id TEXT NOT NULL REFERENCES sources(id),
    second_source_id TEXT REFERENCES sources(id),
    CHECK (second_source_id IS NULL OR second_source_id <> source_id)
) STRICT;

-- What is NOT known (fact-base section 4): open questions, unverified claims, gaps in coverage.
CREATE TABLE unknowns (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    kind TEXT NOT NULL CHECK (kind IN ('not-found', 'conflict', 'unverified')),
    title TEXT NOT NULL,
    title_es TEXT,
    body TEXT NOT NULL,
    body_es TEXT,
    case_id TEXT REFERENCES cases(id),
    figure_id TEXT REFERENCES figures(id),
    event_id TEXT REFERENCES events(id),
    sort_order INTEGER NOT NULL
) STRICT;

-- The plain-language guide for the people whose data it is (/guide): its sourced paragraphs, both languages.
CREATE TABLE guide (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    section TEXT NOT NULL CHECK (section IN ('shared', 'still', 'courts', 'unknown', 'advice', 'help')),
    sort_order INTEGER NOT NULL,
    heading TEXT,
    heading_es TEXT,
    body TEXT NOT NULL,
    body_es TEXT NOT NULL,
    quote TEXT,
    quote_lang TEXT CHECK (quote_lang IN ('en', 'es')),
    quote_translation TEXT,
    case_id TEXT REFERENCES cases(id),
    case_status TEXT CHECK (case_status IN ('relief-granted', 'relief-denied', 'appeal-pending', 'partly-lifted', 'closed', 'unknown')),
    url TEXT CHECK (url GLOB 'http*://*'),
    spanish_url TEXT CHECK (spanish_url GLOB 'http*://*'),
    languages TEXT,
    languages_es TEXT,
    reviewed_on TEXT NOT NULL CHECK (reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK ((case_id IS NULL) = (case_status IS NULL)),
    CHECK ((quote IS NULL) = (quote_lang IS NULL)),
    CHECK (quote_translation IS NULL OR quote IS NOT NULL),
    CHECK ((heading IS NULL) = (heading_es IS NULL)),
    CHECK ((languages IS NULL) = (languages_es IS NULL)),
    CHECK (spanish_url IS NULL OR url IS NOT NULL)
) STRICT;

-- Provenance: links one source to exactly one subject row, with an optional pinpoint.
CREATE TABLE citations (
    source_id TEXT NOT NULL REFERENCES sources(id),
    event_id TEXT REFERENCES events(id),
    figure_value_id TEXT REFERENCES figure_values(id),
    request_batch_id TEXT REFERENCES request_batches(id),
    case_id TEXT REFERENCES cases(id),
    ruling_id TEXT REFERENCES rulings(id),
    unknown_id TEXT REFERENCES unknowns(id),
    guide_id TEXT REFERENCES guide(id),
    pinpoint TEXT,
    CHECK ((event_id IS NOT NULL) + (figure_value_id IS NOT NULL) + (request_batch_id IS NOT NULL)
         + (case_id IS NOT NULL) + (ruling_id IS NOT NULL) + (unknown_id IS NOT NULL) + (guide_id IS NOT NULL) = 1),
    UNIQUE (source_id, event_id, figure_value_id, request_batch_id, case_id, ruling_id, unknown_id, guide_id)
) STRICT;

-- Public log of every change to a published fact.
CREATE TABLE corrections (
    id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    corrected_on TEXT NOT NULL CHECK (corrected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    dataset_version TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL,
    reason_es TEXT,
    source_id TEXT REFERENCES sources(id)
) STRICT;

-- Written by the builder (no CSV): the label a reader sees on each fact, computed by one rule
-- (src/Transparency.Data/Sources/FactLabel.cs) from what the fact rests on (basis), the best source it cites
-- (by tier), whether that source is the document itself, and whether its sources conflict, so that every
-- page, chart, download and API response shows the same words for the same fact.
CREATE TABLE fact_labels (
    subject TEXT NOT NULL CHECK (subject IN ('event', 'figure', 'figure-value', 'request-batch', 'case', 'ruling')),
    id TEXT NOT NULL,
    basis TEXT NOT NULL,
    best_tier TEXT NOT NULL,
    best_source_id TEXT NOT NULL,
    sources_conflict INTEGER NOT NULL CHECK (sources_conflict IN (0, 1)),
    label TEXT NOT NULL,
    label_es TEXT NOT NULL,
    PRIMARY KEY (subject, id)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): how many facts (figures aside) have each tier as their best source,
-- for /methodology; the builder and validate print the same counts.
CREATE TABLE tier_counts (
    best_tier TEXT PRIMARY KEY,
    facts INTEGER NOT NULL CHECK (facts >= 0)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): when this file was built, from which inputs.
CREATE TABLE build_info (
    built_at TEXT NOT NULL,
    inputs_sha256 TEXT NOT NULL,
    dataset_version TEXT NOT NULL,
    builder_version TEXT NOT NULL
) STRICT;

-- Written by the builder (no CSV): each input file's SHA-256 and row count.
CREATE TABLE build_inputs (
    file_name TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    rows INTEGER NOT NULL
) STRICT;

-- Written by the builder (no CSV) from data/README.md: what each table holds.
CREATE TABLE dictionary_tables (
    table_name TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    description_es TEXT NOT NULL
) STRICT;

-- Written by the builder (no CSV) from data/README.md: what each column means, its unit and allowed values.
CREATE TABLE dictionary_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    type TEXT NOT NULL,
    meaning TEXT NOT NULL,
    meaning_es TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name)
) STRICT;

-- Written by the builder (no CSV) once the data passed every check: how many events match each
-- combination of the timeline's filters, '' meaning any. The data never changes while it is served, so
-- the timeline's totals and facet counts are read here instead of counted per request.
CREATE TABLE timeline_counts (
    category TEXT NOT NULL,
    case_id TEXT NOT NULL,
    year TEXT NOT NULL,
    events INTEGER NOT NULL CHECK (events >= 0),
    PRIMARY KEY (category, case_id, year)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): each event's position in the timeline's date order (oldest = 1), overall
-- and within every combination of filters (same '' = any convention as timeline_counts). Page N of the timeline is
-- then a range of positions read through the primary key, whatever N is, instead of an OFFSET that walks
-- every earlier event. Newest-first pages count positions from the end (the total is in timeline_counts).
CREATE TABLE timeline_positions (
    category TEXT NOT NULL,
    case_id TEXT NOT NULL,
    year TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    event_rowid INTEGER NOT NULL,
    PRIMARY KEY (category, case_id, year, position)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): each row's position in the order a paginated list shows it (the
-- list's ORDER BY; 1 = first), so page N of /sources, /cases, /figures or /requests is a range
-- of positions read through the primary key instead of an OFFSET that walks every earlier row. `list` names
-- the table; `key` is '' for the whole list or the value of its one filter (a requester, for requests).
CREATE TABLE list_positions (
    list TEXT NOT NULL CHECK (list IN ('sources', 'cases', 'figures', 'request_batches')),
    key TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    item_rowid INTEGER NOT NULL,
    PRIMARY KEY (list, key, position)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): when each case last saw an event or a ruling, so the overview can list
-- the most recently active cases through an index instead of reading every case.
CREATE TABLE case_activity (
    case_id TEXT PRIMARY KEY,
    latest_on TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): the order of the updates feeds (events, rulings, corrections), with
-- everything but the text computed once, so the newest entries are read through an index.
CREATE TABLE feed_entries (
    kind TEXT NOT NULL CHECK (kind IN ('event', 'ruling', 'correction')),
    item_id TEXT NOT NULL,
    case_id TEXT,
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    sort_date TEXT NOT NULL,
    updated_on TEXT NOT NULL,
    published_on TEXT NOT NULL,
    href TEXT NOT NULL,
    related_href TEXT,
    PRIMARY KEY (kind, item_id)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): the site search (/search) and the timeline's text filter (q=), one
-- full-text index over every kind of item a reader can look for, English and Spanish side by side. Each kind
-- fills one contiguous block of rowids (search_kinds), inserted in the order the site lists that kind (events
-- in the timeline's order, newest first), so a search reads one kind with a rowid range, in the site's order,
-- and stops after a bounded number of matches. The text is a copy (snippets need it); kind, item_id,
-- parent_id and position say where the item lives on the site and are not searched. facets holds an event's
-- timeline filters as tokens (TimelineFilterTokens), so a text search with filters is one FTS5 query; the
-- words a reader types are matched in the text columns only.
CREATE VIRTUAL TABLE search_text USING fts5(
    kind UNINDEXED, item_id UNINDEXED, parent_id UNINDEXED, position UNINDEXED,
    title, body, title_es, body_es, facets,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Written by the builder (no CSV): each kind's block of rowids in search_text.
CREATE TABLE search_kinds (
    kind TEXT PRIMARY KEY,
    first_rowid INTEGER NOT NULL,
    last_rowid INTEGER NOT NULL,
    items INTEGER NOT NULL CHECK (items >= 0)
) STRICT, WITHOUT ROWID;

-- Written by the builder (no CSV): every word search_text holds (folded as its tokenizer folds them) and in
-- how many items. A search expands each word it is given to the words that start with it through this
-- table, instead of an FTS5 prefix query that would read every matching item before the first result.
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY,
    items INTEGER NOT NULL CHECK (items > 0)
) STRICT, WITHOUT ROWID;

-- Indexes: one per query shape the site runs (tests/Transparency.Data.Tests/QueryPlanTests.cs fails on a
-- full scan of a table that grows). Events and rulings sort on sort_date, a generated column: a month- or
-- year-precision date sorts at the middle of its period ("Feb 2026" after "Feb 5, 2026", "2025" at 1 July).
-- It is VIRTUAL, so the rows do not grow; each index below stores it, led by the filter it serves.
CREATE INDEX events_by_sort_date ON events (sort_date, id);
CREATE INDEX events_by_category ON events (category, sort_date, id);
CREATE INDEX events_by_case ON events (case_id, sort_date, id);
CREATE INDEX events_by_year ON events (substr(occurred_on, 1, 4), sort_date, id);
CREATE INDEX events_by_ruling ON events (ruling_id);
CREATE INDEX rulings_by_case ON rulings (case_id, sort_date, id);
CREATE INDEX rulings_by_sort_date ON rulings (sort_date, id);
CREATE INDEX sources_by_name ON sources (publisher COLLATE NOCASE, label COLLATE NOCASE, id);
CREATE INDEX figure_values_by_figure ON figure_values (figure_id, sort_order);
CREATE INDEX figure_values_preferred ON figure_values (figure_id, is_preferred);
CREATE INDEX figure_mentions_by_event ON figure_mentions (event_id);
CREATE INDEX figure_mentions_by_ruling ON figure_mentions (ruling_id);
CREATE INDEX unknowns_by_event ON unknowns (event_id);
CREATE INDEX unknowns_by_case ON unknowns (case_id);
CREATE INDEX unknowns_by_figure ON unknowns (figure_id);
CREATE INDEX unknowns_by_order ON unknowns (sort_order, id);
CREATE INDEX corrections_by_date ON corrections (corrected_on DESC, id);
CREATE INDEX case_activity_by_latest ON case_activity (latest_on DESC, case_id);
CREATE INDEX feed_entries_by_updated ON feed_entries (updated_on DESC, sort_date DESC, item_id);
CREATE INDEX feed_entries_by_case ON feed_entries (case_id, updated_on DESC, sort_date DESC, item_id);
CREATE INDEX timeline_counts_by_case_year ON timeline_counts (case_id, year, category);
CREATE INDEX request_batches_by_order ON request_batches (sort_order, id);
CREATE INDEX request_batches_by_requester ON request_batches (requester_id, sort_order, id);
CREATE INDEX cases_by_order ON cases (sort_order, id);
CREATE INDEX figures_by_rank ON figures (headline_rank IS NULL, headline_rank, is_context, sort_order, id);
CREATE INDEX citations_by_event ON citations (event_id);
CREATE INDEX citations_by_figure_value ON citations (figure_value_id);
CREATE INDEX citations_by_request_batch ON citations (request_batch_id);
CREATE INDEX citations_by_case ON citations (case_id);
CREATE INDEX citations_by_ruling ON citations (ruling_id);
CREATE INDEX citations_by_unknown ON citations (unknown_id);
CREATE INDEX citations_by_guide ON citations (guide_id);
CREATE INDEX guide_by_section ON guide (section, sort_order, id);
CREATE INDEX citations_by_source ON citations (source_id);
CREATE INDEX dockets_by_case ON dockets (case_id, sort_order);
CREATE INDEX documents_by_order ON documents (sort_order, id);
CREATE INDEX documents_by_ruling ON documents (ruling_id);
CREATE INDEX documents_by_event ON documents (event_id);
CREATE INDEX sources_by_tier ON sources (tier_rank, publisher COLLATE NOCASE, label COLLATE NOCASE, id);
