"""Threadline link stage: mentions → entities, entities → networks, every link explained.

Pure functions and in-memory structures; persistence happens around them, in services.

- `keys`        deterministic keys: phone_key, email_key, plate_key, account_key, document_key,
                address_key / parse_address / address_similarity
- `names`       fold, normalise_name, split_name, names_compatible, normalise_org
- `prepare`     raw records → the standard columns (recognise_columns, prepare_records)
- `comparisons` Splink comparisons with starting m/u values
- `persons`     Splink (DuckDB) model: train_and_score, explain_row, Explanation
- `cluster`     choose_threshold (no labels), capped_clusters (no chaining)
- `resolve`     resolve_frames / resolve_records → ResolveResult (clusters + explain)
- `graph`       EntityGraph.from_links(MentionLink…, Relation…).networks()
- `export`      GraphML, GEXF, CSV, FollowTheMoney
- `neardup`     NearDuplicateIndex, near_duplicate_groups
- `incremental` BlockingIndex: one report's mentions against known entities
- `synth`       synthetic reports with ground truth
- `world`       the synthetic world as a mention table at any size (10k–1M), with its truth
- `keyed`       keyed mentions in bulk (addresses with a learned district gazetteer); report networks
- `batch`       link_mentions: a whole mention table to entities (keys + Splink with network evidence)
- `evaluate`    B-cubed and pairwise precision/recall
"""
