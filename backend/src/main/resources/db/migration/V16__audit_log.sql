-- Audit log: one row per state change, written in the changing transaction, never changed or deleted.
create table audit_log (
    seq              bigint       primary key,            -- chain position 1, 2, 3, ... without gaps
    occurred_at      timestamp with time zone not null,
    actor_id         uuid         not null,               -- the nil UUID for system work
    actor_name       varchar(200) not null,
    working_group_id uuid,
    draft_id         uuid,
    kind             varchar(60)  not null,
    subject_type     varchar(60)  not null,
    subject_id       varchar(100) not null,
    subject_label    varchar(500) not null,
    before_state     jsonb,
    after_state      jsonb,
    previous_hash    char(64)     not null,
    entry_hash       char(64)     not null unique
);
create index audit_log_draft on audit_log (draft_id, seq desc) where draft_id is not null;
create index audit_log_working_group on audit_log (working_group_id, seq desc) where working_group_id is not null;

-- The chain head, locked (select ... for update) by each writing transaction so concurrent rows form one chain.
create table audit_chain_head (
    id        smallint primary key check (id = 1),
    seq       bigint   not null,
    head_hash char(64) not null
);
-- head_hash of an empty log: lowercase hex SHA-256 of field("accord-audit-genesis/v1") (see AuditHashing)
insert into audit_chain_head (id, seq, head_hash)
values (1, 0, 'cfb0ba125a4e65c86a9d198b79ab54e9107f42ef81bf49a6ef11da44a3167a64');

-- append_only() comes from V10; the trigger holds even for the table's owner.
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function append_only();
revoke update, delete, truncate on audit_log from public;
do $$
begin
    -- a superuser (the embedded default) ignores privileges; any other owner loses these three
    execute format('revoke update, delete, truncate on audit_log from %I', current_user);
end $$;
