-- Commenting: periods, comments in the ISO template's fields, dispositions with history, threads, support.
alter table wg_membership add column organisation_lead boolean not null default false;

create table comment_period (
    id            uuid primary key,
    draft_id      uuid        not null references draft_standard (id),
    version_label varchar(40) not null,
    opened_by     uuid references user_account (id),
    opened_at     timestamptz not null,
    deadline      timestamptz not null,
    allow_late    boolean     not null,
    closed_at     timestamptz,
    note          text
);
create index comment_period_draft on comment_period (draft_id);

create table draft_comment (
    id               uuid primary key,
    draft_id         uuid         not null references draft_standard (id),
    clause_id        uuid         not null references clause (id),
    period_id        uuid         not null references comment_period (id),
    version_label    varchar(40)  not null,
    number           int          not null,
    originator_org   uuid references organisation (id),
    originator_code  varchar(63)  not null,
    author_id        uuid         not null references user_account (id),
    clause_ref       varchar(50),
    line_ref         varchar(50),
    paragraph_ref    varchar(100),
    comment_type     varchar(2)   not null,
    justification    text         not null,
    proposed_change  text,
    anchor_quote     text,
    anchor_prefix    text,
    anchor_suffix    text,
    anchor_start     int,
    anchor_status    varchar(16)  not null,
    anchor_revision  int,
    status           varchar(16)  not null,
    late             boolean      not null default false,
    created_at       timestamptz  not null,
    submitted_at     timestamptz,
    submitted_by     uuid references user_account (id),
    resolution       varchar(32),
    observation      text,
    resolved_by      uuid references user_account (id),
    resolved_at      timestamptz,
    applied_revision int,
    applied_by       uuid references user_account (id),
    applied_at       timestamptz,
    unique (draft_id, originator_code, number),
    constraint comment_type_code check (comment_type in ('ge', 'te', 'ed')),
    constraint comment_text_limit check (length(justification) <= 20000 and length(coalesce(proposed_change, '')) <= 20000)
);
create index draft_comment_draft on draft_comment (draft_id, status);
create index draft_comment_clause on draft_comment (clause_id);

create table disposition_history (
    id          uuid primary key,
    comment_id  uuid        not null references draft_comment (id),
    resolution  varchar(32) not null,
    observation text,
    changed_by  uuid references user_account (id),
    changed_at  timestamptz not null
);
create index disposition_history_comment on disposition_history (comment_id, changed_at);

create table comment_reply (
    id         uuid primary key,
    comment_id uuid        not null references draft_comment (id),
    author_id  uuid        not null references user_account (id),
    body       text        not null,
    created_at timestamptz not null,
    constraint reply_limit check (length(body) <= 20000)
);
create index comment_reply_comment on comment_reply (comment_id, created_at);

create table comment_support (
    comment_id uuid        not null references draft_comment (id),
    user_id    uuid        not null references user_account (id),
    supports   boolean     not null,
    at         timestamptz not null,
    primary key (comment_id, user_id)
);
