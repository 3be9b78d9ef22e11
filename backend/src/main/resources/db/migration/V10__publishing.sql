-- Publications (issue 8): immutable once written. Only the generation state may move forward
-- (GENERATING → PUBLISHED or FAILED, FAILED → GENERATING for a retry); nothing is ever deleted.
create table publication (
    id                 uuid primary key,
    draft_id           uuid         not null,
    working_group_id   uuid         not null,
    committee          varchar(200) not null,
    working_group      varchar(200) not null,
    reference          varchar(100) not null,
    title              text         not null,
    language           varchar(8)   not null,
    edition            int          not null,
    urn                varchar(200) not null unique,
    version_label      varchar(50)  not null,
    published_at       timestamp with time zone not null,
    published_by       varchar(200) not null,
    ballot_id          uuid,
    ballot_outcome     varchar(16),
    ballot_summary     text,
    override_rationale text,
    content            text         not null,
    comment_report     text         not null,
    crosswalk          text         not null,
    change_log         text         not null,
    state              varchar(12)  not null,
    failure            text,
    unique (draft_id, edition)
);

create table publication_format (
    publication_id uuid        not null references publication (id),
    format         varchar(8)  not null,
    media_type     varchar(80) not null,
    bytes          bytea       not null,
    sha256         varchar(64) not null,
    primary key (publication_id, format)
);

-- Withdrawal and supersession are recorded as events; the publication row itself never changes.
create table publication_event (
    id             uuid primary key,
    publication_id uuid         not null references publication (id),
    kind           varchar(12)  not null,
    superseded_by  uuid references publication (id),
    reason         text,
    happened_at    timestamp with time zone not null,
    actor          varchar(200) not null
);
create index publication_event_publication on publication_event (publication_id);

create function publication_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'publications are never deleted (publication %)', old.id;
    end if;
    if row(new.id, new.draft_id, new.working_group_id, new.committee, new.working_group, new.reference, new.title,
           new.language, new.edition, new.urn, new.version_label, new.published_at, new.published_by, new.ballot_id,
           new.ballot_outcome, new.ballot_summary, new.override_rationale, new.content, new.comment_report,
           new.crosswalk, new.change_log)
       is distinct from
       row(old.id, old.draft_id, old.working_group_id, old.committee, old.working_group, old.reference, old.title,
           old.language, old.edition, old.urn, old.version_label, old.published_at, old.published_by, old.ballot_id,
           old.ballot_outcome, old.ballot_summary, old.override_rationale, old.content, old.comment_report,
           old.crosswalk, old.change_log) then
        raise exception 'publication % is immutable', old.id;
    end if;
    if not ((old.state = 'GENERATING' and new.state in ('PUBLISHED', 'FAILED'))
            or (old.state = 'FAILED' and new.state = 'GENERATING')
            or old.state = new.state) then
        raise exception 'publication % cannot go from % to %', old.id, old.state, new.state;
    end if;
    if old.state = 'PUBLISHED' and new is distinct from old then
        raise exception 'publication % is immutable', old.id;
    end if;
    return new;
end $$;
create trigger publication_immutable before update or delete on publication
    for each row execute function publication_immutable();

create function append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are written once and never changed or deleted', tg_table_name;
end $$;
create trigger publication_format_append_only before update or delete on publication_format
    for each row execute function append_only();
create trigger publication_event_append_only before update or delete on publication_event
    for each row execute function append_only();

create table webhook_subscription (
    id           uuid primary key,
    committee    varchar(200) not null,
    url          text         not null,
    secret       varchar(100) not null,
    created_by   varchar(200) not null,
    created_at   timestamp with time zone not null,
    active       boolean      not null
);

create table webhook_delivery (
    id              uuid primary key,
    subscription_id uuid        not null references webhook_subscription (id),
    event           varchar(40) not null,
    payload         text        not null,
    status          varchar(12) not null,
    attempts        int         not null,
    last_error      text,
    updated_at      timestamp with time zone not null
);
