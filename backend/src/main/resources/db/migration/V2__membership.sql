-- Membership: committees, working groups, organisations, roles per working group.
create table committee (
    id        uuid primary key,
    reference varchar(50)  not null unique,
    title     varchar(300) not null,
    scope     text
);

create table working_group (
    id           uuid primary key,
    committee_id uuid         not null references committee (id),
    code         varchar(50)  not null,
    title        varchar(300) not null,
    scope        text,
    unique (committee_id, code)
);

create table organisation (
    id                uuid primary key,
    code              varchar(20)  not null unique,
    name              varchar(300) not null,
    stakeholder_group varchar(32)  not null,
    country           varchar(2)   not null
);

create table wg_membership (
    id               uuid primary key,
    working_group_id uuid        not null references working_group (id),
    user_id          uuid        not null references user_account (id),
    role             varchar(20) not null,
    organisation_id  uuid references organisation (id),
    since            timestamptz not null,
    unique (working_group_id, user_id, role)
);
create index wg_membership_user on wg_membership (user_id);
