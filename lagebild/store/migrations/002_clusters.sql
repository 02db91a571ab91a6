-- State of the online story clusterer (lagebild/cluster/online.py): the stream continues across runs.
CREATE TABLE cluster_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE cluster_df (grp VARCHAR, term VARCHAR, df BIGINT);
CREATE TABLE cluster_stories (id VARCHAR PRIMARY KEY, first_ts DOUBLE, last_ts DOUBLE, time_sum DOUBLE, dated INTEGER, size INTEGER, centroid JSON);
CREATE TABLE cluster_assignments (article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL);
