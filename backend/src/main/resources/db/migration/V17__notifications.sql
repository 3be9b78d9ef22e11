-- Notifications: outbox of domain events, in-app notifications, email deliveries, preferences, bounces.

-- The person's time zone (IANA id such as Europe/Paris); null: UTC.
alter table user_account add column time_zone varchar(64);

-- Outbox: one row per domain event, written in the transaction of the change; fanned out to recipients later.
create table notification_event (
    id              uuid primary key,
    topic           varchar(40) not null,
    payload         text        not null,
    created_at      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    fanned_out_at   timestamptz,
    recipients      int
);
create index notification_event_pending on notification_event (next_attempt_at) where fanned_out_at is null;

-- In-app notifications: one per (event, person).
create table notification (
    id         uuid primary key,
    event_id   uuid         not null,
    user_id    uuid         not null references user_account (id),
    topic      varchar(40)  not null,
    params     text         not null,
    link       varchar(1000),
    created_at timestamptz  not null,
    read_at    timestamptz,
    constraint notification_once unique (event_id, user_id)
);
create index notification_by_user on notification (user_id, created_at desc);
create index notification_unread on notification (user_id) where read_at is null;

-- Email: one per (event, person, channel); status PENDING (immediate, due at next_attempt_at), DIGEST (waiting for the
-- person's digest), SENT, FAILED (retries exhausted), BOUNCED (permanent rejection), SKIPPED (no usable address).
create table notification_delivery (
    id              bigserial primary key,
    event_id        uuid         not null,
    user_id         uuid         not null references user_account (id),
    channel         varchar(16)  not null,
    topic           varchar(40)  not null,
    params          text         not null,
    link            varchar(1000),
    status          varchar(16)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    digest_id       bigint,
    constraint notification_delivery_once unique (event_id, user_id, channel)
);
create index notification_delivery_due on notification_delivery (next_attempt_at) where status = 'PENDING';
create index notification_delivery_digest on notification_delivery (user_id) where status = 'DIGEST';

-- A digest mail: the deliveries it carried point to it; one per person and scheduled slot.
create table notification_digest (
    id       bigserial primary key,
    user_id  uuid        not null references user_account (id),
    slot     timestamptz not null,
    items    int         not null,
    sent_at  timestamptz not null,
    constraint notification_digest_once unique (user_id, slot)
);

-- Per-person settings; a missing row means the defaults.
create table notification_settings (
    user_id       uuid primary key references user_account (id),
    rhythm        varchar(8)  not null default 'DAILY',
    digest_hour   int         not null default 8 check (digest_hour between 0 and 23),
    digest_day    varchar(9)  not null default 'MONDAY',
    email_enabled boolean     not null default true,
    last_digest_slot timestamptz
);

create table notification_preference (
    user_id uuid        not null references user_account (id),
    topic   varchar(40) not null,
    mode    varchar(10) not null,
    primary key (user_id, topic)
);

-- Topics the secretariat made mandatory: platform-wide (working_group_id null) or for one working group.
create table notification_mandatory (
    id               uuid primary key,
    topic            varchar(40) not null,
    working_group_id uuid
);
create unique index notification_mandatory_once
    on notification_mandatory (topic, coalesce(working_group_id, '00000000-0000-0000-0000-000000000000'));

-- Deadlines the reminder scheduler watches (comment periods, ballots, seat terms).
create table notification_deadline (
    watch_key   varchar(120) primary key,
    topic       varchar(40)  not null,
    due_at      timestamptz  not null,
    payload     text         not null,
    watched_since timestamptz not null
);

create table email_bounce (
    id         uuid primary key,
    user_id    uuid references user_account (id),
    email      varchar(320) not null,
    permanent  boolean      not null,
    reason     varchar(1000),
    source     varchar(16)  not null,
    at         timestamptz  not null
);
create index email_bounce_by_email on email_bounce (lower(email)) where permanent;
create index email_bounce_by_user on email_bounce (user_id);

-- The link-signing key when none is configured: generated once, shared by every node.
create table notification_secret (
    id     int primary key check (id = 1),
    secret bytea not null
);
