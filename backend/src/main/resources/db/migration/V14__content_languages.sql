-- Content languages (issue 11): translations of clauses, official or informal, and the language of a comment.

-- A clause's own language is its draft's; a translation is one other language (ISO 639-1) of one clause.
-- source_revision is the clause revision it was made from: when the clause has moved on, the translation is outdated.
create table clause_translation (
    id              uuid primary key,
    clause_id       uuid         not null references clause (id),
    language        varchar(8)   not null,
    title           varchar(500) not null,
    body            text         not null,
    status          varchar(16)  not null,
    translator_id   uuid references user_account (id),
    source_revision int          not null,
    updated_at      timestamptz  not null,
    version         int          not null,
    unique (clause_id, language),
    constraint clause_translation_status check (status in ('OFFICIAL', 'INFORMAL')),
    constraint clause_translation_body_limit check (length(body) <= 200000)
);
create index clause_translation_language on clause_translation (language);

-- Comments are written in any supported language; existing ones are in their draft's language.
alter table draft_comment add column language varchar(8);
update draft_comment c set language = d.language from draft_standard d where d.id = c.draft_id;
alter table draft_comment alter column language set not null;
