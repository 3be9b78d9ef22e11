-- Seat plans, applications, allocations (proposals and confirmed rosters) and seat holders.
create table seat_plan (
    working_group_id  uuid primary key references working_group (id),
    seats             integer     not null check (seats >= 1),
    counting_rule     varchar(20) not null,
    term_months       integer check (term_months >= 1),
    term_limit        integer check (term_limit >= 1),
    applications_open boolean     not null,
    twinning_required boolean     not null,
    lottery_seed      bigint,
    seed_published_at timestamptz,
    updated_at        timestamptz not null,
    updated_by        uuid        not null,
    version           bigint      not null
);

create table seat_quota (
    working_group_id uuid        not null references seat_plan (working_group_id) on delete cascade,
    position         integer     not null,
    attribute        varchar(80) not null,
    min_count        integer check (min_count >= 0),
    max_count        integer check (max_count >= 0),
    min_percent      numeric(7, 3) check (min_percent between 0 and 100),
    max_percent      numeric(7, 3) check (max_percent between 0 and 100),
    primary key (working_group_id, position)
);

create table seat_application (
    id                 uuid primary key,
    working_group_id   uuid         not null references working_group (id),
    user_id            uuid         not null references user_account (id),
    organisation_id    uuid references organisation (id),
    country            varchar(2)   not null,
    stakeholder_groups varchar(400) not null,
    statement          text         not null,
    merit_rank         integer check (merit_rank >= 1),
    submitted_at       timestamptz  not null,
    withdrawn_at       timestamptz,
    unique (working_group_id, user_id)
);

create table seat_allocation (
    id               uuid primary key,
    working_group_id uuid        not null references working_group (id),
    number           integer     not null,
    mode             varchar(20) not null,
    seed             bigint,
    status           varchar(12) not null,
    plan_snapshot    text        not null,
    result           text        not null,
    created_at       timestamptz not null,
    created_by       uuid        not null,
    decided_at       timestamptz,
    decided_by       uuid,
    unique (working_group_id, number)
);

create table seat_holder (
    id               uuid primary key,
    working_group_id uuid         not null references working_group (id),
    allocation_id    uuid         not null references seat_allocation (id),
    application_id   uuid         not null references seat_application (id),
    user_id          uuid         not null references user_account (id),
    seat_number      integer      not null,
    reason           text         not null,
    counts_toward    varchar(400) not null,
    term_start       date         not null,
    term_end         date,
    left_at          timestamptz,
    left_reason      text
);
-- one current seat per person per working group
create unique index seat_holder_current on seat_holder (working_group_id, user_id) where left_at is null;
create index seat_holder_wg on seat_holder (working_group_id);
