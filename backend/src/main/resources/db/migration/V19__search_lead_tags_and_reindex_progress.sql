-- Search (issue 9): unsubmitted comments are now tagged for their organisation's lead in one working group
-- (orglead:<wg>:<org>) instead of for its leads anywhere. Existing indexes still hold the old tags, so a full
-- rebuild is queued; the outbox applies it on the first drain after start-up.
insert into search_outbox (scope, ref, enqueued_at) values ('ALL', null, now());

-- Progress of a running full rebuild, where every node sees it (the rebuild runs on whichever node drains).
-- One row while a rebuild runs, none otherwise.
create table search_reindex (
    singleton  boolean primary key default true check (singleton),
    total      int not null,
    done       int not null,
    started_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
