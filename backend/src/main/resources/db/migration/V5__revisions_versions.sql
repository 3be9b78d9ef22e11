-- Drafting, part 2: deleted clauses stay for history, last revision stamp, document versions, visits.
alter table clause add column deleted boolean not null default false;
alter table clause add column revised_at timestamptz;
alter table clause add column revised_by uuid references user_account (id);
update clause c set revised_at = r.created_at, revised_by = r.author_id
from clause_revision r where r.clause_id = c.id and r.revision_no = c.revision_no;
update clause set revised_at = now() where revised_at is null;
alter table clause alter column revised_at set not null;

-- A frozen version is cheap: the tree as (clause, parent, position, revision number) pointers, no text copies.
create table draft_version (
    id         uuid primary key,
    draft_id   uuid        not null references draft_standard (id),
    seq        int         not null,
    label      varchar(40) not null,
    stage_code varchar(5)  not null,
    created_by uuid references user_account (id),
    created_at timestamptz not null,
    note       text,
    structure  text        not null,
    terms      text        not null,
    unique (draft_id, label),
    unique (draft_id, seq)
);

create table draft_visit (
    user_id      uuid        not null references user_account (id),
    draft_id     uuid        not null references draft_standard (id),
    last_seen_at timestamptz not null,
    primary key (user_id, draft_id)
);

create index clause_revision_clause on clause_revision (clause_id, revision_no);
create index stage_change_draft on stage_change (draft_id, changed_at);
