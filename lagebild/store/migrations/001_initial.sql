-- Raw inputs exactly as they arrived, content-addressed: re-ingesting the same bytes adds nothing.
CREATE TABLE raw_inputs (
    sha256      VARCHAR PRIMARY KEY,
    source      VARCHAR NOT NULL,
    media_type  VARCHAR NOT NULL,
    size        BIGINT NOT NULL,
    content     BLOB NOT NULL,
    received_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE SEQUENCE article_seq START 1;

CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    seq          BIGINT NOT NULL DEFAULT nextval('article_seq'),
    raw_sha256   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    url          VARCHAR,
    media_type   VARCHAR NOT NULL,
    title        VARCHAR,
    published    VARCHAR,
    outlet       VARCHAR,
    author       VARCHAR,
    language     VARCHAR NOT NULL,
    kicker       VARCHAR,
    text         VARCHAR NOT NULL,
    duplicate_of VARCHAR,
    removed      JSON NOT NULL,
    warnings     JSON NOT NULL,
    ingested_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE stories (
    id            VARCHAR PRIMARY KEY,
    title         VARCHAR NOT NULL,
    first_seen    VARCHAR,
    last_seen     VARCHAR,
    article_count INTEGER NOT NULL,
    language      VARCHAR,
    data          JSON NOT NULL,
    updated_at    TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE story_articles (
    article_id VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL
);

CREATE TABLE quotes (
    id         VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    speaker    VARCHAR,
    kind       VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    start_pos  INTEGER NOT NULL,
    end_pos    INTEGER NOT NULL
);

CREATE TABLE entities (
    id            VARCHAR NOT NULL,
    story_id      VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    type          VARCHAR NOT NULL,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (story_id, id)
);

CREATE TABLE ingest_errors (
    source      VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
