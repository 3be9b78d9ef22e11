-- Identity: local accounts, platform roles, sign-in throttling.
create table user_account (
    id            uuid primary key,
    username      varchar(63)  not null unique,
    display_name  varchar(200) not null,
    email         varchar(320),
    password_hash varchar(200),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null
);

create table user_platform_role (
    user_id uuid        not null references user_account (id),
    role    varchar(32) not null,
    primary key (user_id, role)
);

-- Keyed by the typed user name, existing or not, so a lock reveals nothing.
create table login_throttle (
    username_key varchar(200) primary key,
    failures     int         not null,
    last_failure timestamptz not null,
    locked_until timestamptz
);
