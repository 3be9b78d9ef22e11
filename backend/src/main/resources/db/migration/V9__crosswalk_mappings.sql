-- Crosswalk, full model (issue 7): instrument identifiers and dates, provision identifiers for re-import,
-- mappings of clauses to provisions, national deviations and adoption profiles.
alter table legal_instrument add column jurisdiction_kind varchar(16) not null default 'COUNTRY';
alter table legal_instrument add column in_force date;
alter table legal_instrument add column repealed date;
alter table legal_instrument add column eli text;
alter table legal_instrument add column akn_iri text;
alter table legal_instrument add column urn text;
alter table legal_instrument add column url text;
update legal_instrument set eli = identifier where identifier like '%/eli/%';
update legal_instrument set url = identifier where eli is null;
alter table legal_instrument drop column identifier;

alter table provision add column identifier varchar(200);
alter table provision add column kind varchar(20);
alter table provision add column language varchar(8);
alter table provision add column url text;
-- A provision that disappeared from a re-import is kept (its mappings stay) but marked removed.
alter table provision add column removed_at timestamp with time zone;
update provision set identifier = number;
alter table provision alter column identifier set not null;
create unique index provision_identifier on provision (instrument_id, identifier);
create index provision_parent on provision (parent_id);

create table crosswalk_mapping (
    id              uuid primary key,
    draft_id        uuid        not null,
    clause_id       uuid        not null,
    provision_id    uuid        not null references provision (id),
    relationship    varchar(20) not null,
    rationale       varchar(12) not null,
    strength        int check (strength between 0 and 10),
    explanation     text,
    provenance      varchar(12) not null,
    review_status   varchar(10) not null,
    author_id       uuid,
    author_name     varchar(200) not null,
    clause_revision int         not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint      not null default 0,
    unique (clause_id, provision_id)
);
create index crosswalk_mapping_draft on crosswalk_mapping (draft_id);
create index crosswalk_mapping_provision on crosswalk_mapping (provision_id);

-- CEN-style A-deviation: a national law forces a different requirement for one clause.
create table national_deviation (
    id           uuid primary key,
    draft_id     uuid         not null,
    clause_id    uuid         not null,
    jurisdiction varchar(10)  not null,
    provision_id uuid         not null references provision (id),
    requirement  text         not null,
    author_name  varchar(200) not null,
    created_at   timestamp with time zone not null
);
create index national_deviation_draft on national_deviation (draft_id);

-- Which clauses a jurisdiction adopts, adapts or omits.
create table adoption_decision (
    draft_id     uuid        not null,
    jurisdiction varchar(10) not null,
    clause_id    uuid        not null,
    decision     varchar(8)  not null,
    note         text,
    author_name  varchar(200) not null,
    decided_at   timestamp with time zone not null,
    primary key (draft_id, jurisdiction, clause_id)
);
