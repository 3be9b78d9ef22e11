-- Drafting: draft standards, stage history, the clause tree, revisions, terms.
create table draft_standard (
    id               uuid primary key,
    working_group_id uuid         not null references working_group (id),
    reference        varchar(100) not null unique,
    title            varchar(500) not null,
    language         varchar(8)   not null,
    stage_code       varchar(5)   not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create table stage_change (
    id         uuid primary key,
    draft_id   uuid        not null references draft_standard (id),
    from_stage varchar(5),
    to_stage   varchar(5)  not null,
    changed_by uuid references user_account (id),
    changed_at timestamptz not null,
    reason     text
);

-- Numbers are derived from (parent, position), never stored.
create table clause (
    id          uuid primary key,
    draft_id    uuid         not null references draft_standard (id),
    parent_id   uuid references clause (id),
    position    int          not null,
    kind        varchar(16)  not null,
    annex_type  varchar(16),
    title       varchar(500) not null,
    body        text         not null,
    revision_no int          not null,
    constraint clause_body_limit check (length(body) <= 200000)
);
create index clause_draft on clause (draft_id);
create index clause_parent on clause (parent_id);

create table clause_revision (
    id          uuid primary key,
    clause_id   uuid         not null references clause (id),
    revision_no int          not null,
    title       varchar(500) not null,
    body        text         not null,
    author_id   uuid references user_account (id),
    created_at  timestamptz  not null,
    message     text,
    unique (clause_id, revision_no)
);

create table term_entry (
    id             uuid primary key,
    clause_id      uuid         not null references clause (id),
    position       int          not null,
    term           varchar(300) not null,
    admitted_terms text[],
    definition     text         not null,
    note           text,
    source         text
);
create index term_entry_clause on term_entry (clause_id);
