-- Ballot rounds, their voter snapshots and the hash-chained vote ledger.
create sequence ballot_number_seq;

create table ballot (
    id               uuid primary key,
    number           integer      not null,
    working_group_id uuid         not null references working_group (id),
    draft_id         uuid,
    version_label    varchar(50),
    motion           text,
    title            varchar(300) not null,
    rule_preset      varchar(40)  not null,
    weighting        varchar(20)  not null,
    participation    varchar(800) not null,
    custom_rule      varchar(400) not null,
    secret           boolean      not null,
    ballot_secret    bytea        not null,
    opens_at         timestamptz  not null,
    closes_at        timestamptz  not null,
    status           varchar(12)  not null,
    created_by       uuid         not null,
    created_at       timestamptz  not null,
    closed_at        timestamptz,
    closed_by        uuid,
    result           text,
    head_hash        varchar(64),
    unique (number)
);

create table ballot_voter (
    ballot_id      uuid          not null references ballot (id),
    user_id        uuid          not null,
    token          varchar(64)   not null,
    weight         numeric(14, 4) not null check (weight >= 0),
    chamber        varchar(40),
    sub_chamber    varchar(40),
    kind           varchar(12)   not null,
    p_member       boolean       not null,
    constituencies varchar(800)  not null,
    primary key (ballot_id, user_id),
    unique (ballot_id, token)
);

create table ballot_entry (
    ballot_id       uuid         not null references ballot (id),
    position        bigint       not null,
    voter_token     varchar(64)  not null,
    choice          varchar(30)  not null,
    reasoned        boolean      not null,
    comment_refs    text         not null,
    cast_at         timestamptz  not null,
    previous_hash   varchar(64)  not null,
    hash            varchar(64)  not null,
    idempotency_key varchar(100),
    primary key (ballot_id, position),
    unique (ballot_id, idempotency_key)
);
