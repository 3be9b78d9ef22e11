-- Search (issue 9): what the index still has to catch up with. Rows are written in the transaction that changed
-- the content and removed only once the index took them, so an index that is down loses nothing.
create table search_outbox (
    id          bigserial primary key,
    scope       varchar(12) not null,
    ref         uuid,
    enqueued_at timestamp with time zone not null,
    attempts    int not null default 0,
    last_error  text
);
create index search_outbox_order on search_outbox (id);

-- Which documents the index holds for each group (a draft, an instrument, a publication), so a reindex of the
-- group can delete documents that no longer exist (a deleted clause, a withdrawn comment).
create table search_entry (
    doc_id varchar(160) primary key,
    grp    varchar(80)  not null
);
create index search_entry_group on search_entry (grp);
