-- Which provider token last brought a linked account up to date: its issue time (iat, whole seconds) and a digest of
-- the claims that were applied. An older token is then not applied again (it would bring back a group a newer token
-- removed), and the same token on every API call writes nothing.
alter table user_account
    add column sso_synced_at     timestamptz,
    add column sso_claims_digest varchar(64);
