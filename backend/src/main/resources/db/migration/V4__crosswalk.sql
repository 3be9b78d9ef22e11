-- Crosswalk: legal instruments and their provisions.
create table legal_instrument (
    id                uuid primary key,
    code              varchar(20)  not null unique,
    jurisdiction      varchar(10)  not null,
    jurisdiction_name varchar(200) not null,
    title             text         not null,
    short_title       varchar(200),
    instrument_type   varchar(20)  not null,
    binding_nature    varchar(32)  not null,
    status            varchar(16)  not null,
    adopted           date,
    identifier        text,
    language          varchar(8)
);

create table provision (
    id            uuid primary key,
    instrument_id uuid        not null references legal_instrument (id),
    parent_id     uuid references provision (id),
    position      int         not null,
    number        varchar(50) not null,
    heading       text,
    text          text,
    summary       text
);
create index provision_instrument on provision (instrument_id);
